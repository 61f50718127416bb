package cn.yinling.hotline.cases.durable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * H2 writes committed changes to its file every {@code WRITE_DELAY} (2 s here, because the
 * transcript's stream of small commits would otherwise rewrite the same index pages many times a
 * second). A write the caller is told about cannot wait for that: a process killed in between
 * loses it, and its identity value is handed out again. So after such a commit the store is
 * written and synced ({@code CHECKPOINT SYNC}, a few ms).
 *
 * <p>Group commit: callers that committed while a flush was running share the next one, so a
 * burst of bookings costs a few flushes, not one each.
 */
class H2StoreFlush implements StoreFlush {

    private final DataSource dataSource;
    private final Timer flushes;
    private final AtomicLong requested = new AtomicLong();
    private final Object flushing = new Object();
    private long flushedUpTo;

    H2StoreFlush(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.flushes = Timer.builder("hotline.store.flush")
                .description("Checkpoints that wrote committed changes to disk before they were answered")
                .register(meters);
    }

    @Override
    public boolean transactionChangedAnything() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement s = c.prepareStatement(
                "select CONTAINS_UNCOMMITTED from INFORMATION_SCHEMA.SESSIONS where SESSION_ID = SESSION_ID()");
                ResultSet r = s.executeQuery()) {
            return !r.next() || r.getBoolean(1);
        } catch (SQLException e) {
            return true; // when in doubt, flush
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    @Override
    public void afterCommit() {
        long ticket = requested.incrementAndGet();
        synchronized (flushing) {
            if (flushedUpTo >= ticket) {
                return; // a flush that started after this commit has finished meanwhile
            }
            long upTo = requested.get();
            flushes.record(this::checkpoint);
            flushedUpTo = upTo;
        }
    }

    /**
     * On the committing transaction's own connection (still held while the commit completes), so
     * that a burst of commits never waits for a second pooled connection.
     */
    void checkpoint() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            // The change is committed but may not survive a crash: the caller must not be told it is done.
            throw new DataAccessResourceFailureException("Could not write the committed change to disk", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
