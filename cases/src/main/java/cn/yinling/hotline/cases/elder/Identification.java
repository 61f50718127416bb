package cn.yinling.hotline.cases.elder;

import cn.yinling.hotline.cases.Sha256;
import cn.yinling.hotline.cases.verification.AttemptLimits;
import cn.yinling.hotline.cases.verification.Attempts;
import cn.yinling.hotline.cases.verification.Limit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identifying an unknown caller by a registered phone number and the last four ID digits, with the
 * guessing limited across sessions: wrong answers count against the phone number, the elder it
 * belongs to and the client giving them. A registered and an unregistered number are answered the
 * same way (both just "wrong"), so the check does not tell who is a registered elder. The first
 * lock of an elder publishes {@link IdentityLocked} once, for the agents.
 */
@Service
public class Identification {

    public enum Result { OK, WRONG, LOCKED }

    /** {@code caller} only when OK; {@code lockedUntil} only when LOCKED. */
    public record Verdict(Result result, Caller caller, Instant lockedUntil) {
        public boolean ok() {
            return result == Result.OK;
        }
    }

    private final Elders elders;
    private final AttemptLimits limits;
    private final IdentificationProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;

    Identification(Elders elders, AttemptLimits limits, IdentificationProperties properties,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.elders = elders;
        this.limits = limits;
        this.properties = properties;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks a phone number (any registered number: the elder's own or a family member's) and the last
     * four ID digits of the elder it belongs to. {@code client} names where the answer came from
     * ({@code web:203.0.113.5}, {@code voice:13800000001}, {@code wechat:<openid>}).
     */
    public Verdict verify(String client, String phone, String lastFour) {
        return verify(client, phone, lastFour, false);
    }

    /** As {@link #verify(String, String, String)}; with {@code elderPhoneOnly} a family member's number does not count. */
    Verdict verify(String client, String phone, String lastFour, boolean elderPhoneOnly) {
        Optional<Caller> claimed = elders.findByPhone(phone).filter(c -> !elderPhoneOnly || c.isElder());
        List<Limit> guards = guardsOf(client, phone, claimed);
        limits.prepare(guards);
        return inTransaction.execute(s -> decide(limits.lock(guards), claimed, lastFour));
    }

    private Verdict decide(Attempts attempts, Optional<Caller> claimed, String lastFour) {
        Optional<Instant> locked = attempts.lockedUntil();
        if (locked.isPresent()) {
            return new Verdict(Result.LOCKED, null, locked.get());
        }
        Optional<Elder> elder = claimed.map(c -> c.actsFor().get(0));
        if (elder.isPresent() && elder.get().idNumber().endsWith(lastFour)) {
            attempts.clear(phoneSubject(claimed.get().number().digits()), elderSubject(elder.get()));
            return new Verdict(Result.OK, claimed.get(), null);
        }
        List<String> lockedNow = attempts.fail();
        elder.filter(e -> lockedNow.contains(elderSubject(e)))
                .ifPresent(e -> events.publishEvent(new IdentityLocked(e.elderId(), attempts.lockedUntil().orElseThrow())));
        return attempts.lockedUntil().map(until -> new Verdict(Result.LOCKED, null, until))
                .orElseGet(() -> new Verdict(Result.WRONG, null, null));
    }

    private List<Limit> guardsOf(String client, String phone, Optional<Caller> claimed) {
        List<Limit> guards = new ArrayList<>(3);
        guards.add(new Limit("client:" + client, properties.clientAttempts(), properties.window(), properties.lockPeriod()));
        // An unregistered number has a guard of its own, so it locks exactly like a registered one.
        String digits = claimed.map(c -> c.number().digits()).orElseGet(() -> normalised(phone));
        guards.add(new Limit(phoneSubject(digits), properties.claimAttempts(), properties.window(), properties.lockPeriod()));
        claimed.ifPresent(c -> guards.add(new Limit(elderSubject(c.actsFor().get(0)), properties.claimAttempts(),
                properties.window(), properties.lockPeriod())));
        return guards;
    }

    private String normalised(String phone) {
        try {
            return elders.parsePhone(phone).digits();
        } catch (InvalidPhoneNumberException e) {
            String digits = phone == null ? "" : phone.replaceAll("\\D", "");
            return digits.length() > 20 ? digits.substring(0, 20) : digits;
        }
    }

    /** A digest, not the number: the guards table must not become a list of the numbers people typed. */
    private static String phoneSubject(String digits) {
        return "phone:" + HexFormat.of().formatHex(Sha256.of(digits), 0, 16);
    }

    private static String elderSubject(Elder e) {
        return "elder:" + e.getId();
    }
}
