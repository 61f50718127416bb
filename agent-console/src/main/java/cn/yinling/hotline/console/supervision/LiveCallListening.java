package cn.yinling.hotline.console.supervision;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.queue.QueueCall;
import cn.yinling.hotline.cases.supervision.CallMonitor;
import cn.yinling.hotline.cases.supervision.MonitorMode;
import cn.yinling.hotline.cases.supervision.SupervisionProperties;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A supervisor joins an agent's live call: the hotline rings the supervisor's own phone (their
 * account's queue interface, else {@code hotline.supervision.phone}) into ChanSpy on the agent's
 * channel. Each call placed is in the audit log: who, which call and case, which mode (the entry's
 * time is when). Only supervisors and admins reach this (the console's security chain).
 */
@Component
class LiveCallListening {

    /** What became of a request, each with its Chinese words ({@code monitor.*}). */
    enum Outcome { RINGING, NOT_LIVE, NO_PHONE, NO_PBX, PBX_REFUSED }

    /** The outcome and the words for the supervisor. */
    record Result(Outcome outcome, String message) {
    }

    private final LiveCalls calls;
    private final ObjectProvider<CallMonitor> monitor;
    private final SupervisionProperties properties;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    LiveCallListening(LiveCalls calls, ObjectProvider<CallMonitor> monitor, SupervisionProperties properties,
            ConsoleAudit audit, ConsoleMessages messages) {
        this.calls = calls;
        this.monitor = monitor;
        this.properties = properties;
        this.audit = audit;
        this.messages = messages;
    }

    Result join(long callId, MonitorMode mode, Agent supervisor) {
        String modeLabel = messages.get("monitor.mode." + mode);
        Optional<QueueCall> call = calls.find(callId);
        if (call.isEmpty()) {
            return result(Outcome.NOT_LIVE, callId, modeLabel);
        }
        String phone = phoneOf(supervisor);
        if (phone.isEmpty()) {
            return result(Outcome.NO_PHONE, callId, modeLabel);
        }
        CallMonitor pbx = monitor.getIfAvailable();
        if (pbx == null) {
            return result(Outcome.NO_PBX, callId, modeLabel);
        }
        QueueCall c = call.get();
        if (!pbx.ringSupervisor(phone, c.getAgentChannel(), mode)) {
            return result(Outcome.PBX_REFUSED, callId, modeLabel);
        }
        String agent = calls.agentName(c);
        ElderId elder = c.getElderId() == null ? null : new ElderId(c.getElderId());
        if (c.getCaseId() != null) {
            audit.recordCase(supervisor.getUsername(), Action.MONITOR, elder, c.getCaseId(), "callMonitored", modeLabel,
                    agent, c.getUniqueid(), phone);
        } else {
            audit.record(supervisor.getUsername(), Action.MONITOR, elder, "callMonitored", modeLabel, agent,
                    c.getUniqueid(), phone);
        }
        return new Result(Outcome.RINGING, messages.get("monitor.RINGING", phone, modeLabel, agent));
    }

    private String phoneOf(Agent supervisor) {
        String own = supervisor.getQueueInterface();
        return own != null && !own.isBlank() ? own.strip() : properties.phone().strip();
    }

    private Result result(Outcome outcome, long callId, String modeLabel) {
        return new Result(outcome, messages.get("monitor." + outcome, callId, modeLabel));
    }
}
