package cn.yinling.hotline.cases.agent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A console user. {@code queueInterface} is the Asterisk queue member (e.g. PJSIP/agent01) that finds their browser on a screen pop. */
@Entity
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private AgentRole role;
    private String queueInterface;
    @Enumerated(EnumType.STRING)
    private AgentState state;
    private boolean active;
    /** The agent's own phone that click-to-call rings first (V34), e.g. PJSIP/8001; null: the queue interface. */
    private String phoneExtension;

    protected Agent() {
    }

    public Agent(String username, String displayName, String passwordHash, AgentRole role, String queueInterface) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.queueInterface = queueInterface;
        this.state = AgentState.OFFLINE;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AgentRole getRole() {
        return role;
    }

    public String getQueueInterface() {
        return queueInterface;
    }

    public AgentState getState() {
        return state;
    }

    public boolean isActive() {
        return active;
    }

    /** A deactivated account cannot sign in (its history stays, so cases and audit entries keep their names). */
    public void deactivate() {
        this.active = false;
        this.state = AgentState.OFFLINE;
    }

    public void activate() {
        this.active = true;
    }

    /** An admin's reset: the new password's hash (the console checks the password against its policy first). */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setState(AgentState state) {
        this.state = state;
    }

    public String getPhoneExtension() {
        return phoneExtension;
    }

    /** The agent's own phone (checked by the console first); blank clears it, and the queue interface is rung. */
    public void changePhoneExtension(String phoneExtension) {
        this.phoneExtension = phoneExtension == null || phoneExtension.isBlank() ? null : phoneExtension.strip();
    }

    /** The phone click-to-call rings first: the agent's own extension, else their queue interface; null when neither. */
    public String ownPhone() {
        if (phoneExtension != null && !phoneExtension.isBlank()) {
            return phoneExtension;
        }
        return queueInterface == null || queueInterface.isBlank() ? null : queueInterface.strip();
    }
}
