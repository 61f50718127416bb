package cn.yinling.hotline.cases.sms;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One text message (SMS) to one phone: a template of the hotline's and its parameters, and its delivery. */
@Entity
public class TextMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String phone;
    private String template;
    private String params;
    private String reference;
    @Enumerated(EnumType.STRING)
    private TextMessageState state;
    private int attempts;
    private Instant nextAt;
    private String claimedBy;
    private Instant claimedAt;
    private String providerMessageId;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected TextMessage() {
    }

    TextMessage(String phone, String template, String paramsJson, String reference, Instant now) {
        this.phone = phone;
        this.template = template;
        this.params = paramsJson;
        this.reference = reference;
        this.state = TextMessageState.QUEUED;
        this.nextAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getTemplate() {
        return template;
    }

    /** The template's parameters, a JSON object of strings. */
    public String getParams() {
        return params;
    }

    public String getReference() {
        return reference;
    }

    public TextMessageState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAt() {
        return nextAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
