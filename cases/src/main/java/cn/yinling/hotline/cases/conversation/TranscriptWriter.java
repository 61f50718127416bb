package cn.yinling.hotline.cases.conversation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the turns of dialogs behind the dialog engine: a turn is queued (with its time taken
 * then) and one writer thread inserts what has queued up in one JDBC batch and one transaction, in
 * queue order, so the ids of a conversation's messages still follow the order they were said.
 * A dialog turn therefore no longer pays two transactions and two inserts of its own.
 * <p>
 * Nothing is lost: a full queue makes the dialog wait (back-pressure), a failed batch is retried
 * (the database unreachable) or written row by row (a row the database refuses, such as one of a
 * deleted conversation, is logged in full and skipped), and closing drains the queue before the
 * database goes away (if the database is unreachable then, for 10 s, what is left is logged in full). Readers of this node call {@link #flush()} first, so they see every turn
 * queued before they asked; other nodes see them as soon as the batch is written (normally within
 * a few milliseconds). After a batch the writer lingers {@value #LINGER_MILLIS} ms before taking the
 * next, without waiting on the queue: under load, a writer waiting on the queue was woken by nearly
 * every turn (a futex call per message) and wrote batches of one or two turns.
 */
@Component
class TranscriptWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TranscriptWriter.class);
    private static final int CAPACITY = 20_000;
    private static final int MAX_BATCH = 500;
    private static final long FLUSH_WAIT_MILLIS = 10_000;
    private static final long CLOSE_RETRY_MILLIS = 10_000;
    private static final long POLL_MILLIS = 100;
    private static final long LINGER_MILLIS = 2;
    private static final String INSERT = "insert into message (conversation_id, at, direction, text, dtmf, intent, "
            + "confidence, slots) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object progress = new Object();
    private final Thread writer;
    /** Turns queued so far and turns written (or given up) so far; guarded by {@link #progress}. */
    private long queued;
    private long done;
    private volatile boolean closing;

    TranscriptWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Plain JDBC transactions: JPA's transaction manager opened an entity manager for every batch.
        this.tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.writer = new Thread(this::run, "transcript-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Queues a turn of a conversation, said at {@code at}; written soon, in the order queued. */
    void write(Long conversationId, Instant at, Turn turn) {
        Message m = new Message(conversationId, at, turn);
        boolean interrupted = false;
        boolean queuedIt = false;
        // One lock around the count and the queue: the n-th turn counted is the n-th in the queue.
        synchronized (queue) {
            if (!closing) {
                while (true) {
                    try {
                        queue.put(m); // waits while the queue is full: the dialog slows down, nothing is dropped
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                synchronized (progress) {
                    queued++;
                }
                queuedIt = true;
            }
        }
        if (!queuedIt) {
            insert(List.of(m)); // a late turn of a call torn down after close: written at once
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns once every turn queued before the call is in the database (or, failing that, logged). */
    void flush() {
        LockSupport.unpark(writer); // a lingering writer takes what is queued now
        long deadline = System.currentTimeMillis() + FLUSH_WAIT_MILLIS;
        synchronized (progress) {
            long target = queued;
            while (done < target) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    log.warn("Transcript not written after {} ms ({} turns behind); reading without them",
                            FLUSH_WAIT_MILLIS, target - done);
                    return;
                }
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        synchronized (queue) {
            closing = true;
        }
        // Not interrupted: an interrupt inside H2's file I/O closes the database.
        writer.join(CLOSE_RETRY_MILLIS + 5_000);
        List<Message> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            insert(left); // queued just before closing, after the writer looked for the last time
        }
    }

    private void run() {
        List<Message> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            Message first;
            try {
                first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                if (closing) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean full = batch.size() == MAX_BATCH;
            try {
                insert(batch);
            } catch (RuntimeException | Error unexpected) {
                batch.forEach(m -> lost(m, unexpected)); // the writer must outlive anything one batch does
            } finally {
                synchronized (progress) {
                    done += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
            }
            if (!full && !closing) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS)); // cut short by flush()
            }
        }
    }

    /** Inserts the turns in one batch, retrying while the database is unreachable; refused rows one by one. */
    private void insert(List<Message> batch) {
        long backoff = 50;
        long giveUpAt = Long.MAX_VALUE;
        while (true) {
            try {
                tx.executeWithoutResult(s -> jdbc.batchUpdate(INSERT, batch, batch.size(), TranscriptWriter::bind));
                return;
            } catch (TransientDataAccessException | DataAccessResourceFailureException
                    | CannotCreateTransactionException unreachable) {
                if (closing && giveUpAt == Long.MAX_VALUE) {
                    giveUpAt = System.currentTimeMillis() + CLOSE_RETRY_MILLIS;
                }
                if (System.currentTimeMillis() > giveUpAt) {
                    batch.forEach(m -> lost(m, unreachable));
                    return;
                }
                log.warn("Transcript batch of {} turns not written, retrying in {} ms: {}", batch.size(), backoff,
                        unreachable.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            } catch (RuntimeException refused) {
                insertOneByOne(batch);
                return;
            }
        }
    }

    private void insertOneByOne(List<Message> batch) {
        for (Message m : batch) {
            try {
                jdbc.update(INSERT, ps -> bind(ps, m));
            } catch (RuntimeException e) {
                lost(m, e);
            }
        }
    }

    private static void lost(Message m, Throwable why) {
        log.error("Transcript turn not written: conversation {}, {} at {}, text [{}], dtmf [{}], intent {}: {}",
                m.getConversationId(), m.getDirection(), m.getAt(), m.getText(), m.getDtmf(), m.getIntent(),
                why.getMessage());
    }

    private static void bind(PreparedStatement ps, Message m) throws SQLException {
        ps.setLong(1, m.getConversationId());
        ps.setObject(2, OffsetDateTime.ofInstant(m.getAt(), ZoneOffset.UTC));
        ps.setString(3, m.getDirection().name());
        ps.setString(4, m.getText());
        ps.setString(5, m.getDtmf());
        ps.setString(6, m.getIntent());
        if (m.getConfidence() == null) {
            ps.setNull(7, Types.DOUBLE);
        } else {
            ps.setDouble(7, m.getConfidence());
        }
        ps.setString(8, m.getSlots());
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
