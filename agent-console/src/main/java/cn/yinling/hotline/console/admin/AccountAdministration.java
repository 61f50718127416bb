package cn.yinling.hotline.console.admin;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates console accounts (the password stored only as its BCrypt hash), sets new passwords, and
 * switches accounts off or on. Accounts are never deleted: cases, notes and the audit trail refer to
 * them by name. Passwords reach here only after the password policy accepted them.
 */
@Service
class AccountAdministration {

    /** Why an account cannot be created or changed; each has its wording ({@code account.refused.*}). */
    enum Refusal { USERNAME_TAKEN, QUEUE_INTERFACE_TAKEN, OWN_ACCOUNT }

    private final AgentRepository agents;
    private final PasswordEncoder encoder;
    private final ConsoleAudit audit;

    AccountAdministration(AgentRepository agents, PasswordEncoder encoder, ConsoleAudit audit) {
        this.agents = agents;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Agent> all() {
        return agents.findAllByOrderByUsernameAsc();
    }

    /** Creates the account from a form that has no {@link NewAccountForm#problems()}; empty when it was created. */
    @Transactional
    Optional<Refusal> create(NewAccountForm form, String admin) {
        String username = form.username().strip();
        if (agents.findByUsername(username).isPresent()) {
            return Optional.of(Refusal.USERNAME_TAKEN);
        }
        if (form.queueInterface() != null && agents.findByQueueInterface(form.queueInterface()).isPresent()) {
            return Optional.of(Refusal.QUEUE_INTERFACE_TAKEN);
        }
        agents.save(new Agent(username, form.displayName().strip(), encoder.encode(form.password()), form.agentRole(),
                form.queueInterface()));
        audit.record(admin, Action.CREATE, null, "accountCreated", username, form.displayName().strip(),
                form.agentRole().name());
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    String username(long agentId) {
        return agents.findById(agentId).orElseThrow(() -> new NoSuchElementException("No agent " + agentId)).getUsername();
    }

    /** Stores the new password's hash; the agent's open sessions stay (a reset is for a forgotten password). */
    @Transactional
    void resetPassword(long agentId, String password, String admin) {
        Agent a = agents.findById(agentId).orElseThrow(() -> new NoSuchElementException("No agent " + agentId));
        a.changePassword(encoder.encode(password));
        audit.record(admin, Action.UPDATE, null, "accountPasswordReset", a.getUsername());
    }

    @Transactional
    Optional<Refusal> setActive(long agentId, boolean active, String admin) {
        Agent a = agents.findById(agentId).orElseThrow(() -> new NoSuchElementException("No agent " + agentId));
        if (a.getUsername().equals(admin)) {
            return Optional.of(Refusal.OWN_ACCOUNT);
        }
        if (active) {
            a.activate();
        } else {
            a.deactivate();
        }
        audit.record(admin, Action.UPDATE, null, active ? "accountActivated" : "accountDeactivated", a.getUsername());
        return Optional.empty();
    }
}
