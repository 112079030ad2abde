package io.github.ctglib.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

@EnabledWithMariaDb
class MariaDbAdapterBehaviourTest extends AdapterBehaviourTest {
    private TestDatabase.MariaDb mariadb;

    @Override
    TestDatabase database() {
        mariadb = (TestDatabase.MariaDb) TestDatabase.mariadb();
        return mariadb;
    }

    /** Has the server end the session, as when the network or the server fails mid-transaction. */
    @Override
    ProbeDataSource.Fault connectionLoss() {
        return real -> {
            long id;
            try (PreparedStatement self = real.prepareStatement("SELECT CONNECTION_ID()");
                    ResultSet rs = self.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (Connection admin = mariadb.plainDataSource().getConnection();
                    PreparedStatement kill = admin.prepareStatement("KILL CONNECTION " + id)) {
                kill.execute();
            }
        };
    }

    @Override
    DataSource unreachable() {
        try {
            return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:1/test?user=root&connectTimeout=2000");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
