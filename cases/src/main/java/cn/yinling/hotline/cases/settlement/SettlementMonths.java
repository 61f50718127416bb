package cn.yinling.hotline.cases.settlement;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The centre's settlement calendar: which month a recorded visit settles in, and closing a month.
 * One deployment serves one service centre (as its time zone and policies do), so a month is closed
 * once for the centre, for every provider together.
 *
 * <p>A visit settles in the month it took place while that month is open; once the month is closed it
 * settles in the first open month after it, where the statement shows it as an adjustment (补录). The
 * month's row is locked while a visit is settled in it and while it is closed, so a visit recorded as
 * the month closes either made it into the closed figures or goes to the next month, never neither.
 */
@Service
public class SettlementMonths {

    private final SettlementMonthRepository months;
    private final Statements statements;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SettlementMonths(SettlementMonthRepository months, Statements statements, AuditTrail audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.months = months;
        this.statements = statements;
        this.audit = audit;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The month in which a visit on {@code serviceDay}, being recorded now, settles; its row stays
     * locked until the caller's transaction ends, so the month cannot close under it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public YearMonth settleIn(LocalDate serviceDay) {
        YearMonth month = YearMonth.from(serviceDay);
        while (lock(month).isClosed()) {
            month = month.plusMonths(1);
        }
        return month;
    }

    /** Refuses a change dated in a closed month (a manual ledger adjustment): it would change that month's figures. */
    @Transactional(readOnly = true)
    public void refuseIfClosed(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        if (months.findByMonthStart(month.atDay(1)).filter(SettlementMonth::isClosed).isPresent()) {
            throw new MonthClosedException(month);
        }
    }

    /**
     * Closes a month that has ended, for good, when every visit settled in it reconciles with the
     * ledger; records who closed it (audit trail) and the digest of its figures.
     */
    @Transactional
    public SettlementMonthView close(YearMonth month, String actor) {
        if (!LocalDate.now(clock).isAfter(month.atEndOfMonth())) {
            throw new CloseRefusedException(CloseRefusedException.Reason.NOT_ENDED, month);
        }
        SettlementMonth row = lock(month);
        if (row.isClosed()) {
            throw new CloseRefusedException(CloseRefusedException.Reason.ALREADY_CLOSED, month);
        }
        if (!statements.reconcileMonth(month).balanced()) {
            throw new CloseRefusedException(CloseRefusedException.Reason.NOT_RECONCILED, month);
        }
        String digest = Statements.digest(statements.linesOf(month));
        row.close(actor, digest, clock.instant());
        months.flush();
        audit.record(actor, Action.UPDATE, null, CaseTexts.text("settlement.closed", month, digest.substring(0, 12)));
        events.publishEvent(new SettlementMonthClosed(month, actor, digest));
        return statements.view(month);
    }

    /** The month's row, created open on first use in a transaction of its own (a concurrent creator wins harmlessly), then locked. */
    private SettlementMonth lock(YearMonth month) {
        if (!months.existsByMonthStart(month.atDay(1))) {
            try {
                ownTransaction.executeWithoutResult(s -> months.saveAndFlush(new SettlementMonth(month)));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // Another transaction created the row first: lock theirs.
            }
        }
        return months.lockByMonthStart(month.atDay(1)).orElseThrow();
    }
}
