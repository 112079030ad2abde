package io.github.ctglib.storage.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The kill test on an H2 file, with the settings the README recommends ({@value #SETTINGS});
 * {@code -Dctg.kill.h2Settings=} (nothing) measures H2's defaults.
 */
class H2KillTest extends KillTest {
    static final String SETTINGS = ";WRITE_DELAY=0";

    private String url() {
        return "jdbc:h2:file:" + work.resolve("h2").resolve("ctg").toAbsolutePath()
                + System.getProperty("ctg.kill.h2Settings", SETTINGS);
    }

    @Override
    String childUrl() {
        return url();
    }

    @Override
    DataSource openDataSource() {
        return JdbcConnectionPool.create(url(), "sa", "");
    }

    @Override
    void closeDataSource(DataSource dataSource) {
        // Closes the database, so that the next child can open the file.
        ((JdbcConnectionPool) dataSource).dispose();
    }

    /**
     * H2 promises atomic transactions, not a commit on disk when it returns, even with {@code WRITE_DELAY=0}: the
     * kill test lost nothing in 93 kills, then the save acknowledged just before a kill (1 of 156), then, once
     * children lived up to 4 s and acknowledged thousands of saves, 40 revisions in one kill (CI, 2 December
     * 2026): H2 writes its file when its own buffer asks for it. So H2 is held to what it promises: nothing
     * half-written, a batch all there or not at all, every revision it keeps as saved; its losses are counted
     * and printed, not limited. PostgreSQL, MariaDB and the JSON store are held to 0 lost.
     */
    @Override
    int revisionsAKillMayLose() {
        return Integer.MAX_VALUE;
    }

    @Override
    String storeName() {
        return "H2 file, settings '" + System.getProperty("ctg.kill.h2Settings", SETTINGS) + "'";
    }
}
