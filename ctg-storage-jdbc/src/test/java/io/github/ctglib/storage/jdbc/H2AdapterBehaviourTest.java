package io.github.ctglib.storage.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2AdapterBehaviourTest extends AdapterBehaviourTest {

    @Override
    TestDatabase database() {
        return TestDatabase.h2Memory();
    }

    /** Closes the real connection under the adapter: H2 rolls back its open transaction. */
    @Override
    ProbeDataSource.Fault connectionLoss() {
        return real -> real.unwrap(org.h2.jdbc.JdbcConnection.class).close();
    }

    @Override
    DataSource unreachable() {
        JdbcDataSource nobody = new JdbcDataSource();
        nobody.setURL("jdbc:h2:tcp://127.0.0.1:1/mem:nobody");
        return nobody;
    }
}
