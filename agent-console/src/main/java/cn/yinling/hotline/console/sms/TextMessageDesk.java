package cn.yinling.hotline.console.sms;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.sms.SmsProperties;
import cn.yinling.hotline.cases.sms.SmsSetup;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessageDelivery;
import cn.yinling.hotline.cases.sms.TextMessageState;
import cn.yinling.hotline.cases.sms.TextMessageWording;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages as the page shows them: masked numbers and the hotline's wording in lists, the full
 * number only in one message's view (audited), and the retry of a FAILED one (audited).
 */
@Component
class TextMessageDesk {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One message in the list. */
    record Row(long id, String createdAt, String template, String phone, String text, TextMessageState state,
            int attempts, String nextAt, String sentAt, String lastError, String reference) {

        public boolean failed() {
            return state == TextMessageState.FAILED;
        }
    }

    /** Which provider sends, and what is wrong when none does (null when it sends). */
    record Status(String provider, boolean sending, String problem) {
    }

    private final TextMessageDelivery delivery;
    private final SmsSetup setup;
    private final SmsProperties properties;
    private final CasesProperties casesProperties;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    TextMessageDesk(TextMessageDelivery delivery, SmsSetup setup, SmsProperties properties,
            CasesProperties casesProperties, ConsoleAudit audit, ConsoleMessages messages) {
        this.delivery = delivery;
        this.setup = setup;
        this.properties = properties;
        this.casesProperties = casesProperties;
        this.audit = audit;
        this.messages = messages;
    }

    Status status() {
        String provider = messages.get("textMessages.provider." + setup.provider());
        if (setup.sending()) {
            return new Status(provider, true, null);
        }
        return new Status(provider, false, setup.problem() == null ? messages.get("textMessages.notSetUp")
                : messages.get("textMessages.cannotSend", setup.problem()));
    }

    List<Row> latest(Optional<TextMessageState> state) {
        return delivery.latest(state).stream().map(m -> row(m, PersonalNumbers.phoneAnswer(m.getPhone()), false)).toList();
    }

    Map<TextMessageState, Long> counts() {
        return delivery.counts();
    }

    /** One message with its number in full: audited. */
    @Transactional
    Row open(long id, String actor) {
        TextMessage m = delivery.find(id).orElseThrow(() -> new NoSuchElementException("No text message " + id));
        audit.record(actor, Action.VIEW, null, "textMessageOpened", m.getId(), m.getTemplate());
        return row(m, m.getPhone(), true);
    }

    /** Puts a FAILED message back in the queue; false (nothing changed, nothing audited) when it is not FAILED. */
    @Transactional
    boolean retry(long id, String actor) {
        TextMessage m = delivery.find(id).orElseThrow(() -> new NoSuchElementException("No text message " + id));
        if (!delivery.retry(id)) {
            return false;
        }
        audit.record(actor, Action.UPDATE, null, "textMessageRetried", m.getId(), m.getTemplate());
        return true;
    }

    /** The words (names, an address) only in one message's audited view, never in the list. */
    private Row row(TextMessage m, String phone, boolean withText) {
        String text = withText ? TextMessageWording.render(properties.signName(), m.getTemplate(),
                TextMessageDelivery.params(m.getParams())) : null;
        return new Row(m.getId(), when(m.getCreatedAt()), messages.getOr("textMessages.template." + m.getTemplate(),
                m.getTemplate()), phone, text, m.getState(), m.getAttempts(),
                m.getState() == TextMessageState.QUEUED ? when(m.getNextAt()) : "", when(m.getSentAt()),
                m.getLastError(), m.getReference());
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(casesProperties.zone()));
    }
}
