package cn.yinling.hotline.cases.durable;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The application's transaction manager: after a read-write transaction commits, its changes are
 * made durable before the method returns, so whatever the caller is then told ("预约好了",
 * "投诉已受理") survives a crash. Transactions that changed nothing cost one question to the
 * database, read-only ones nothing. The transcript writer
 * commits through plain JDBC and is not part of this (its lines may trail by {@code WRITE_DELAY}).
 */
public class DurableJpaTransactionManager extends JpaTransactionManager {

    private final StoreFlush flush;

    public DurableJpaTransactionManager(EntityManagerFactory emf, StoreFlush flush) {
        super(emf);
        this.flush = flush;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        boolean changed = !status.isReadOnly() && flush.transactionChangedAnything();
        super.doCommit(status);
        if (changed) {
            flush.afterCommit();
        }
    }
}
