package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.verification.AttemptLimits;
import cn.yinling.hotline.cases.verification.Attempts;
import cn.yinling.hotline.cases.verification.Limit;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts console sign-in attempts per username and per client address in the shared attempt guards
 * ({@link AttemptLimits}, the same the callers' identification uses), so guesses spread over sessions
 * and nodes add up. An attempt is counted before its password is checked and taken back when the
 * password was right, and no row stays locked while BCrypt runs; once the failures of a username
 * (or an address) within the window reach the limit, it is locked for the lock period, even for the
 * right password. The moment a lock begins is decided under the guard's row lock, so it is audited
 * once, not once per guess or per node.
 */
@Service
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    static final String ACCOUNT = "console-user:";
    static final String ADDRESS = "console-addr:";
    /** Longest name kept in a subject (the key holds 120): a guessed username can be any length. */
    private static final int LONGEST_NAME = 100;
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final AttemptLimits guards;
    private final TransactionTemplate tx;
    private final ConsoleProperties.SignIn limits;
    private final ConsoleAudit audit;

    SignInThrottle(AttemptLimits guards, PlatformTransactionManager transactions, ConsoleProperties properties,
            ConsoleAudit audit) {
        this.guards = guards;
        this.tx = new TransactionTemplate(transactions);
        this.limits = properties.signIn();
        this.audit = audit;
    }

    /**
     * Counts an attempt by {@code username} from {@code address} before its password is checked.
     * Empty when it may go ahead; otherwise until when signing in is refused.
     */
    Optional<Instant> admit(String username, String address) {
        List<Limit> subjects = subjects(username, address);
        guards.prepare(subjects);
        return tx.execute(s -> {
            Attempts attempts = guards.lock(subjects);
            Optional<Instant> locked = attempts.lockedUntil();
            if (locked.isPresent()) {
                return locked;
            }
            // Only attempts still being checked elsewhere can have filled a quota: they count as failures.
            List<String> lockedNow = attempts.admit();
            lockedNow.forEach(subject -> audited(subject, username, address));
            return lockedNow.isEmpty() ? Optional.<Instant>empty() : attempts.lockedUntil();
        });
    }

    /** The admitted attempt had a wrong password (or an unknown or deactivated username). */
    void failed(String username, String address) {
        List<Limit> subjects = subjects(username, address);
        tx.executeWithoutResult(s -> guards.lock(subjects).failAdmitted()
                .forEach(subject -> audited(subject, username, address)));
    }

    /** The admitted attempt had the right password: it no longer counts, for the username or the address. */
    void succeeded(String username, String address) {
        List<Limit> subjects = subjects(username, address);
        tx.executeWithoutResult(s -> guards.lock(subjects).takeBack(subjects.get(0).subject(), subjects.get(1).subject()));
    }

    private List<Limit> subjects(String username, String address) {
        return List.of(
                new Limit(ACCOUNT + name(username), limits.maxFailuresPerAccount(), limits.failureWindow(), limits.lockPeriod()),
                new Limit(ADDRESS + network(address), limits.maxFailuresPerAddress(), limits.failureWindow(),
                        limits.lockPeriod()));
    }

    private void audited(String subject, String username, String address) {
        long minutes = limits.lockPeriod().toMinutes();
        boolean account = subject.startsWith(ACCOUNT);
        log.warn("Console sign-in locked for {} minutes: {} (attempt for {} from {})", minutes,
                account ? "account" : "address", printable(username), printable(address));
        if (account) {
            audit.record(name(username), Action.SIGN_IN_LOCKED, null, "signInLockedAccount",
                    limits.maxFailuresPerAccount(), minutes, address);
        } else {
            audit.record(name(username), Action.SIGN_IN_LOCKED, null, "signInLockedAddress", address,
                    limits.maxFailuresPerAddress(), minutes);
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
