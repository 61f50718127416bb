package cn.yinling.hotline.cases.eligibility;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-applies the rules to many elders: everyone when the policy files' rules (or the automatic list)
 * changed since last start, and nightly those whose birthday starts or ends an age condition. On
 * several nodes each runs once: a conditional update of the stored rules hash, and of the last day
 * checked, lets one node win. Each elder is evaluated in a transaction of its own.
 */
@Component
public class Reevaluation {

    private static final Logger log = LoggerFactory.getLogger(Reevaluation.class);
    /** A node down longer than this catches up by evaluating everyone. */
    static final int LONGEST_CATCH_UP_DAYS = 366;

    private final Enrolments enrolments;
    private final PolicyRules rules;
    private final SubsidyPolicyRepository policies;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    Reevaluation(Enrolments enrolments, PolicyRules rules, SubsidyPolicyRepository policies, EntityManager entityManager,
            JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.enrolments = enrolments;
        this.rules = rules;
        this.policies = policies;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** At start-up, after the policy files are loaded: everyone again when the rules changed. Returns the elders evaluated. */
    public int everyoneIfRulesChanged() {
        rules.checkAutomatic();
        boolean changed = false;
        for (SubsidyPolicy p : policies.findAll()) {
            Integer claimed = tx.execute(s -> policies.claimRulesHash(p.getId(), rules.hashOf(p.getCode())));
            changed |= claimed != null && claimed == 1;
        }
        if (!changed) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        List<Object[]> all = elders();
        all.forEach(row -> evaluate((Long) row[0], today, Trigger.POLICY_FILE));
        log.info("Eligibility rules changed: {} elders re-evaluated", all.size());
        return all.size();
    }

    @Scheduled(cron = "${hotline.cases.eligibility.birthday-cron:0 1 0 * * *}", zone = "${hotline.cases.zone:Asia/Shanghai}")
    void nightly() {
        int n = birthdays(LocalDate.now(clock));
        log.info("Birthday eligibility check: {} evaluations", n);
    }

    /**
     * Evaluates, as of each day since the last run up to {@code today}, the elders whose age in whole
     * years changes that day. Returns the evaluations made; 0 when this day was already checked here or
     * on another node.
     */
    int birthdays(LocalDate today) {
        LocalDate last = jdbc.queryForObject("select last_day from eligibility_sweep where id = 1", LocalDate.class);
        if (last != null && !last.isBefore(today)) {
            return 0;
        }
        int claimed = last == null
                ? jdbc.update("update eligibility_sweep set last_day = ? where id = 1 and last_day is null", today)
                : jdbc.update("update eligibility_sweep set last_day = ? where id = 1 and last_day = ?", today, last);
        if (claimed == 0) {
            return 0;
        }
        LocalDate from = last == null ? today : last.plusDays(1);
        if (from.isBefore(today.minusDays(LONGEST_CATCH_UP_DAYS))) {
            List<Object[]> all = elders();
            all.forEach(row -> evaluate((Long) row[0], today, Trigger.BIRTHDAY));
            return all.size();
        }
        int n = 0;
        for (Object[] row : elders()) {
            LocalDate born = (LocalDate) row[1];
            for (LocalDate d = from; born != null && !d.isAfter(today); d = d.plusDays(1)) {
                if (d.isAfter(born) && Period.between(born, d).getYears() != Period.between(born, d.minusDays(1)).getYears()) {
                    evaluate((Long) row[0], d, Trigger.BIRTHDAY);
                    n++;
                }
            }
        }
        return n;
    }

    private void evaluate(Long elderId, LocalDate asOf, Trigger trigger) {
        tx.executeWithoutResult(s -> enrolments.evaluate(new ElderId(elderId), asOf, trigger, null));
    }

    private List<Object[]> elders() {
        return tx.execute(s -> entityManager.createQuery("select e.id, e.birthDate from Elder e order by e.id", Object[].class)
                .getResultList());
    }
}
