package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.responders.AlertedContacts;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/** Emergencies and hand-overs to a person: open or reuse the case, link the conversation, tell the channel. */
final class Escalations {

    private final Cases cases;
    private final Conversations conversations;
    private final Function<ElderId, AlertedContacts> alerted;

    /** @param alerted who beyond the agents hears of an elder's emergency (the reply promises no more) */
    Escalations(Cases cases, Conversations conversations, Function<ElderId, AlertedContacts> alerted) {
        this.cases = cases;
        this.conversations = conversations;
        this.alerted = alerted;
    }

    /** The emergency key (9 on the phone): the case is opened and the caller put through at top priority. */
    void emergency(Turn t) {
        emergency(t, t.in.text() != null ? t.in.text() : t.msg.text("reason.emergencyKey"), null);
    }

    /**
     * Never asks a question first: the case is opened (or the elder's open emergency joined) with
     * {@code said} as its words, {@code recognised} on its timeline saying what the detector found
     * (kind {@code RECOGNISED}), and the caller put through at top priority.
     */
    void emergency(Turn t, String said, String recognised) {
        CareCase c = once(() -> cases.openEmergency(t.elder(), said, t.in.channel(), actor(t), t.in.origin()));
        if (recognised != null) {
            cases.record(c.getId(), "RECOGNISED", actor(t), recognised);
        }
        link(t, c);
        t.state.handedOver = true;
        t.state.dangerAsked = null;
        t.state.clearTask();
        t.say(handoverKey(t.elder()));
        t.reply.action(new Action.Handover("emergency", Priority.EMERGENCY, c.getId(), t.state.elderId));
        t.reply.action(new Action.AlertContacts(t.state.elderId, said, c.getId()));
    }

    /**
     * The emergency reply promises only what happens: an agent always; the family and the community
     * only when the identified elder has responders to call or family bound on WeChat to notify.
     */
    private String handoverKey(ElderId elder) {
        AlertedContacts who = elder == null ? AlertedContacts.NOBODY : alerted.apply(elder);
        if (who.family() && who.community()) {
            return "emergency.handover.familyAndCommunity";
        }
        return who.family() ? "emergency.handover.family"
                : who.community() ? "emergency.handover.community" : "emergency.handover";
    }

    /** Puts the caller through to a person; a second request in one conversation reuses the open case. */
    void handoff(Turn t, String messageKey, String reason, Priority priority) {
        Long caseId = t.state.caseId;
        if (caseId == null || !cases.get(caseId).getStatus().isOpen()) {
            CareCase c = once(() -> cases.openHandoff(t.elder(), reason, priority, t.in.channel(), actor(t), t.in.origin()));
            link(t, c);
            caseId = c.getId();
        } else if (priority.level() < cases.get(caseId).priority().level()) {
            cases.escalate(caseId, priority, actor(t), reason);
        }
        t.state.handedOver = true;
        t.state.clearTask();
        t.say(messageKey);
        t.reply.action(new Action.Handover(reason, priority, caseId, t.state.elderId));
    }

    /**
     * An unidentified caller's case is one per source: when two of its messages open one at the same
     * moment, the second insert fails on the source and its retry joins the case the first opened.
     */
    private static CareCase once(Supplier<CareCase> open) {
        try {
            return open.get();
        } catch (DataIntegrityViolationException sameSourceAtOnce) {
            return open.get();
        }
    }

    /** Makes the case the conversation's case, so the agent sees the whole transcript with it. */
    void link(Turn t, CareCase c) {
        t.state.caseId = c.getId();
        if (t.state.conversationId != null) {
            conversations.linkCase(t.state.conversationId, c.getId());
        }
    }

    static String actor(Turn t) {
        return t.in.channel().name().toLowerCase() + ":" + t.in.sender();
    }
}
