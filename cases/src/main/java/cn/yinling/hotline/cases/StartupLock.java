package cn.yinling.hotline.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One node at a time brings shared data up to date at start-up. Two nodes started together on a
 * fresh PostgreSQL database would otherwise both insert the catalog and one die on its unique codes.
 * On PostgreSQL this is a session-level advisory lock held on a connection of its own, so it spans
 * the loaders' own transactions and is released even if the node dies (its connection closes).
 * The embedded H2 database belongs to one process, which needs no lock.
 */
@Component
public class StartupLock {

    /** "yinling" in ASCII: the advisory lock's key, distinct from anything else on the server. */
    static final long KEY = 0x79696e6c696e67L;

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} while no other node runs start-up work on the same database. */
    public void run(Runnable work) {
        try (Connection c = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                work.run();
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            call(c, "select pg_advisory_lock(?)");
            try {
                work.run();
            } finally {
                call(c, "select pg_advisory_unlock(?)");
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the start-up lock", e);
        }
    }

    private static void call(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, KEY);
            s.execute();
        }
    }
}
