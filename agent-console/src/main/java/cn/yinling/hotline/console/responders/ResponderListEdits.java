package cn.yinling.hotline.console.responders;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.responders.AlreadyResponderException;
import cn.yinling.hotline.cases.responders.InvalidOnCallHoursException;
import cn.yinling.hotline.cases.responders.Responder;
import cn.yinling.hotline.cases.responders.ResponderLine;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.responders.Volunteers;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Changes to an elder's responder list from the record page, worded for the agent; each change that
 * happens is audited on the elder, a refused one changes nothing and is not.
 */
@Service
class ResponderListEdits {

    private final Responders responders;
    private final Elders elders;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    ResponderListEdits(Responders responders, Elders elders, ConsoleAudit audit, ConsoleMessages messages) {
        this.responders = responders;
        this.elders = elders;
        this.audit = audit;
        this.messages = messages;
    }

    /** @return the problem, or empty when added (then {@code done} says who) */
    Outcome addFamily(long elderId, Long contactId, String hours, String agent) {
        if (contactId == null) {
            return Outcome.problem(messages.get("resp.problem.choose"));
        }
        return add(elderId, hours, agent, () -> responders.addFamily(new ElderId(elderId), contactId, hours));
    }

    Outcome addCommunityWorker(long elderId, String name, String phone, String hours, String agent) {
        if (name == null || name.isBlank() || name.strip().length() > Volunteers.NAME_LENGTH) {
            return Outcome.problem(messages.get("resp.problem.name", Volunteers.NAME_LENGTH));
        }
        try {
            elders.parsePhone(phone == null ? "" : phone);
        } catch (InvalidPhoneNumberException e) {
            return Outcome.problem(messages.get("edit.phone.invalid", phone == null ? "" : phone.strip()));
        }
        return add(elderId, hours, agent, () -> responders.addCommunityWorker(new ElderId(elderId), name, phone, hours));
    }

    Outcome addVolunteer(long elderId, Long volunteerId, String agent) {
        if (volunteerId == null) {
            return Outcome.problem(messages.get("resp.problem.choose"));
        }
        return add(elderId, "", agent, () -> responders.addVolunteer(new ElderId(elderId), volunteerId));
    }

    Outcome move(long elderId, long responderId, int by, String agent) {
        ResponderLine l = responders.move(new ElderId(elderId), responderId, by);
        audit.record(agent, Action.UPDATE, new ElderId(elderId), "responderMoved", who(l), l.position());
        return Outcome.done(messages.get("resp.moved", who(l)));
    }

    Outcome remove(long elderId, long responderId, String agent) {
        ResponderLine l = responders.remove(new ElderId(elderId), responderId);
        audit.record(agent, Action.UPDATE, new ElderId(elderId), "responderRemoved", who(l));
        return Outcome.done(messages.get("resp.removed", who(l)));
    }

    private Outcome add(long elderId, String hours, String agent, Supplier<Responder> adding) {
        ElderId id = new ElderId(elderId);
        elders.get(id);
        try {
            long added = adding.get().getId();
            ResponderLine l = responders.of(id).stream().filter(x -> x.id() == added).findFirst().orElseThrow();
            audit.record(agent, Action.UPDATE, id, "responderAdded", who(l));
            return Outcome.done(messages.get("resp.added", who(l)));
        } catch (InvalidOnCallHoursException e) {
            return Outcome.problem(messages.get("vol.problem.hours", hours == null ? "" : hours.strip()));
        } catch (AlreadyResponderException e) {
            return Outcome.problem(messages.get("resp.problem.already", e.name()));
        } catch (InvalidPhoneNumberException e) {
            return Outcome.problem(messages.get("edit.phone.invalid", ""));
        }
    }

    private static String who(ResponderLine l) {
        return l.name() + "（" + l.relation() + "）";
    }

    /** What to tell the agent: done or a problem. */
    record Outcome(Optional<String> problem, String done) {

        static Outcome problem(String problem) {
            return new Outcome(Optional.of(problem), null);
        }

        static Outcome done(String done) {
            return new Outcome(Optional.empty(), done);
        }
    }
}
