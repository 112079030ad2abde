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

    @Override
    String storeName() {
        return "H2 file, settings '" + System.getProperty("ctg.kill.h2Settings", SETTINGS) + "'";
    }
}
