package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue of text messages (SMS). A message is queued in the transaction of the change it
 * announces, so the two commit together: nothing acknowledged loses its notice. Delivery happens
 * afterwards, through whichever SMS gateway is configured.
 */
@Service
public class TextMessages {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final TextMessageRepository messages;
    private final Clock clock;

    TextMessages(TextMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Queues one message. {@code template} is the hotline's key for the wording (the gateway maps it to
     * the provider's approved template); {@code params} fill it, in order; {@code reference} says what it
     * is about (e.g. {@code work_order:12}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TextMessage queue(PhoneNumber phone, String template, Map<String, String> params, String reference) {
        String json = JSON.writeValueAsString(new LinkedHashMap<>(params));
        return messages.save(new TextMessage(phone.digits(), template, json, reference, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<TextMessage> about(String reference) {
        return messages.findByReferenceOrderById(reference);
    }

    /** The messages about any of these references, oldest first (one query for a whole list). */
    @Transactional(readOnly = true)
    public List<TextMessage> aboutAny(Collection<String> references) {
        return references.isEmpty() ? List.of() : messages.findByReferenceInOrderById(references);
    }
}
