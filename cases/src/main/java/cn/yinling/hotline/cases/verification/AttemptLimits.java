package cn.yinling.hotline.cases.verification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong-answer counts shared by every node and session. {@link #prepare} makes the guard rows,
 * each in its own short transaction and before the check's own one (so no transaction waits for a
 * second connection); {@link #lock} then row-locks them inside the check's transaction, so two
 * guesses at once on two nodes are counted one after the other.
 */
@Service
public class AttemptLimits {

    private final AttemptGuardRepository guards;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AttemptLimits(AttemptGuardRepository guards, Clock clock, PlatformTransactionManager transactions) {
        this.guards = guards;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Makes the rows that do not exist yet; call outside any transaction. */
    public void prepare(List<Limit> limits) {
        for (Limit l : limits) {
            try {
                ownTransaction.executeWithoutResult(s -> {
                    if (!guards.existsById(l.subject())) {
                        guards.insert(l.subject());
                    }
                });
            } catch (DataIntegrityViolationException alreadyThere) {
                // another node made it a moment ago
            }
        }
    }

    /** The subjects starting with {@code prefix} (letters, digits, '-' and ':' only) that are locked now, latest lock first. */
    @Transactional(readOnly = true)
    public List<LockedSubject> lockedNow(String prefix) {
        if (!prefix.matches("[A-Za-z0-9:-]+")) {
            throw new IllegalArgumentException("A plain prefix, not a pattern: " + prefix);
        }
        return guards.lockedLike(prefix + "%", clock.instant()).stream()
                .map(g -> new LockedSubject(g.subject(), g.lockedUntil())).toList();
    }

    /** The prepared guards, locked until the surrounding transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Attempts lock(List<Limit> limits) {
        Map<String, Limit> bySubject = limits.stream()
                .collect(Collectors.toMap(Limit::subject, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, AttemptGuard> locked = guards.lockAll(bySubject.keySet()).stream()
                .collect(Collectors.toMap(AttemptGuard::subject, Function.identity()));
        if (locked.size() != bySubject.size()) {
            throw new IllegalStateException("Attempt guards not prepared: " + bySubject.keySet());
        }
        return new Attempts(locked, bySubject, clock.instant());
    }
}
