package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.SignInCounter;
import cn.yinling.hotline.cases.agent.SignInCounterRepository;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts console sign-in attempts per username and per client address in the shared database, so
 * guesses spread over sessions and nodes add up. An attempt is counted before its password is
 * checked, and taken back when the password was right; once the failures of a username (or an
 * address) within the window reach the limit, it is locked for the lock period, even for the right
 * password. The moment a lock begins is decided under the counter's row lock, so it is audited once,
 * not once per guess or per node.
 */
@Service
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    static final String ACCOUNT = "user:";
    static final String ADDRESS = "addr:";
    /** Longest subject stored (the column holds 120): a guessed username can be any length. */
    private static final int LONGEST_NAME = 100;
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final SignInCounterRepository counters;
    private final TransactionTemplate tx;
    private final ConsoleProperties.SignIn limits;
    private final ConsoleAudit audit;
    private final Clock clock;

    SignInThrottle(SignInCounterRepository counters, PlatformTransactionManager transactions, ConsoleProperties properties,
            ConsoleAudit audit, Clock clock) {
        this.counters = counters;
        this.tx = new TransactionTemplate(transactions);
        this.limits = properties.signIn();
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts an attempt by {@code username} from {@code address} before its password is checked.
     * Empty when it may go ahead; otherwise until when signing in is refused.
     */
    Optional<Instant> admit(String username, String address) {
        return inTransaction(() -> {
            Instant now = clock.instant();
            SignInCounter account = counter(ACCOUNT + name(username), now);
            SignInCounter from = counter(ADDRESS + network(address), now);
            Optional<Instant> locked = account.lockedAt(now).or(() -> from.lockedAt(now));
            if (locked.isPresent()) {
                return locked;
            }
            // Only attempts still being checked elsewhere can fill the quota here: they count as failures.
            if (account.reached(limits.maxFailuresPerAccount())) {
                return Optional.of(lock(account, username, address, now));
            }
            if (from.reached(limits.maxFailuresPerAddress())) {
                return Optional.of(lock(from, username, address, now));
            }
            account.count();
            from.count();
            return Optional.empty();
        });
    }

    /** The admitted attempt had a wrong password (or an unknown or deactivated username). */
    void failed(String username, String address) {
        inTransaction(() -> {
            Instant now = clock.instant();
            SignInCounter account = counter(ACCOUNT + name(username), now);
            SignInCounter from = counter(ADDRESS + network(address), now);
            if (account.lockedAt(now).isEmpty() && account.reached(limits.maxFailuresPerAccount())) {
                lock(account, username, address, now);
            } else if (from.lockedAt(now).isEmpty() && from.reached(limits.maxFailuresPerAddress())) {
                lock(from, username, address, now);
            }
            return null;
        });
    }

    /** The admitted attempt had the right password: the account's failures are forgiven, the address's attempt taken back. */
    void succeeded(String username, String address) {
        inTransaction(() -> {
            Instant now = clock.instant();
            counter(ACCOUNT + name(username), now).clear();
            counter(ADDRESS + network(address), now).proven();
            return null;
        });
    }

    /** Counters whose window is over and that are not locked tell nothing any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldCounters() {
        Instant now = clock.instant();
        Integer gone = tx.execute(s -> counters.deleteStale(now.minus(limits.failureWindow()), now));
        if (gone != null && gone > 0) {
            log.debug("Forgot {} sign-in counters", gone);
        }
    }

    private Instant lock(SignInCounter counter, String username, String address, Instant now) {
        Instant until = now.plus(limits.lockPeriod());
        counter.lock(until);
        boolean account = counter.getSubject().startsWith(ACCOUNT);
        long minutes = limits.lockPeriod().toMinutes();
        log.warn("Console sign-in locked for {} minutes: {} (attempt for {} from {})", minutes,
                account ? "account" : "address", printable(username), printable(address));
        if (account) {
            audit.record(name(username), Action.SIGN_IN_LOCKED, null, "signInLockedAccount",
                    limits.maxFailuresPerAccount(), minutes, address);
        } else {
            audit.record(name(username), Action.SIGN_IN_LOCKED, null, "signInLockedAddress", address,
                    limits.maxFailuresPerAddress(), minutes);
        }
        return until;
    }

    private SignInCounter counter(String subject, Instant now) {
        SignInCounter c = counters.lockBySubject(subject).orElseGet(() -> counters.saveAndFlush(new SignInCounter(subject, now)));
        c.startWindowIfOver(now, limits.failureWindow());
        return c;
    }

    /**
     * Runs {@code work} in its own transaction; when two requests insert the first counter of a
     * subject at once, the loser's transaction fails on the primary key (or, on H2, on the lock it
     * waited for) and runs again, finding the row.
     */
    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> work.get());
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The username as the counter knows it: usernames are lower case, so "Agent1" is a guess at agent1. */
    static String name(String username) {
        return printable(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The address as counted: IPv4 as it is, IPv6 by its /64 network, since one subscriber usually
     * has a whole /64 and could otherwise take a fresh address for every guess.
     */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (!IP_LITERAL.matcher(a).matches()) {
            return printable(a);
        }
        try {
            // A literal only (checked above), so no name is looked up.
            byte[] bytes = InetAddress.getByName(a).getAddress();
            if (bytes.length == 16) {
                for (int i = 8; i < 16; i++) {
                    bytes[i] = 0;
                }
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return printable(a);
        }
    }

    /** A value from the request as it may go into a log line or a key: one line, not too long. */
    static String printable(String s) {
        String one = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return one.length() <= LONGEST_NAME ? one : one.substring(0, LONGEST_NAME);
    }
}
