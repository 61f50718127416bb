package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued text messages from this node, every {@code hotline.sms.poll-interval}, through
 * the configured gateway; with none ({@code none}, or a provider missing its settings) it sends
 * nothing and the messages wait. Runs on every node: the claims keep them from sending one twice.
 */
@Component
public class TextMessageSender {

    private static final Logger log = LoggerFactory.getLogger(TextMessageSender.class);

    private final TextMessageDelivery delivery;
    private final SmsSetup setup;
    private final String node;

    @Autowired
    TextMessageSender(TextMessageDelivery delivery, SmsSetup setup, SmsProperties properties) {
        this(delivery, setup, properties.node().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.node());
    }

    TextMessageSender(TextMessageDelivery delivery, SmsSetup setup, String node) {
        this.delivery = delivery;
        this.setup = setup;
        this.node = node;
    }

    @Scheduled(fixedDelayString = "${hotline.sms.poll-interval:PT10S}")
    void tick() {
        if (!setup.sending()) {
            return;
        }
        try {
            delivery.releaseStale();
            sendDue();
        } catch (RuntimeException e) {
            // The next poll tries again; a database that blinked must not end the sender.
            log.warn("Sending text messages failed this round; trying again at the next", e);
        }
    }

    /** Claims the messages due now and sends each; returns how many the provider took. */
    public int sendDue() {
        SmsGateway gateway = setup.gateway().orElse(null);
        if (gateway == null) {
            return 0;
        }
        int sent = 0;
        for (ClaimedMessage m : delivery.claimDue(node)) {
            if (send(gateway, m)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(SmsGateway gateway, ClaimedMessage m) {
        try {
            if (delivery.tooOld(m)) {
                throw new SmsRefusedException("TOO_OLD", "older than hotline.sms.max-age." + m.sms().template()
                        + ": no longer worth sending", false);
            }
            if (m.sms().phone().length() != 11 || !m.sms().phone().startsWith("1")) {
                throw new SmsRefusedException("NOT_MOBILE", "not a mainland mobile number", false);
            }
            delivery.sent(m.id(), node, gateway.send(m.sms()));
            return true;
        } catch (SmsRefusedException e) {
            TextMessageState now = delivery.refused(m, e);
            log.warn("Text message {} ({}) to {} not sent, attempt {}: {} → {}", m.id(), m.sms().template(),
                    masked(m), m.attempt(), e.summary(), now);
            return false;
        } catch (RuntimeException e) {
            delivery.refused(m, new SmsRefusedException("ERROR", e.getClass().getSimpleName(), true));
            log.error("Text message {} to {}: the gateway failed", m.id(), masked(m), e);
            return false;
        }
    }

    private static String masked(ClaimedMessage m) {
        return PersonalNumbers.phoneAnswer(m.sms().phone());
    }
}
