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
     * H2 promises atomic transactions, not a commit on disk when it returns: with {@code WRITE_DELAY=0} the kill
     * test lost nothing in 93 kills, then, in a later run, the save acknowledged just before a kill (1 of 156).
     * At most the last acknowledged call's revisions are allowed to go (a batch of five, an import of six); nothing
     * half-written ever is. Under H2's defaults every save of the last half-second goes: no allowance then.
     */
    @Override
    int revisionsAKillMayLose() {
        return SETTINGS.equals(System.getProperty("ctg.kill.h2Settings", SETTINGS))
                ? KillChild.IMPORTED_TOGETHER : Integer.MAX_VALUE;
    }

    @Override
    String storeName() {
        return "H2 file, settings '" + System.getProperty("ctg.kill.h2Settings", SETTINGS) + "'";
    }
}
