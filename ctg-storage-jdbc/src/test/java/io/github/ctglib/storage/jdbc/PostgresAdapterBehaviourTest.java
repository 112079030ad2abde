package io.github.ctglib.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

@EnabledWithPostgres
class PostgresAdapterBehaviourTest extends AdapterBehaviourTest {
    private TestDatabase.Postgres postgres;

    @Override
    TestDatabase database() {
        postgres = (TestDatabase.Postgres) TestDatabase.postgres();
        return postgres;
    }

    /** Has the server end the session, as when the network or the server fails mid-transaction. */
    @Override
    ProbeDataSource.Fault connectionLoss() {
        return real -> {
            int pid = real.unwrap(PGConnection.class).getBackendPID();
            try (Connection admin = postgres.plainDataSource().getConnection();
                    PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, pid);
                kill.executeQuery().close();
            }
        };
    }

    @Override
    DataSource unreachable() {
        PGSimpleDataSource nobody = new PGSimpleDataSource();
        nobody.setURL("jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=2");
        return nobody;
    }
}
