package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Caller;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.Identification;
import cn.yinling.hotline.cases.elder.Identification.Verdict;
import cn.yinling.hotline.cases.conversation.Conversations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Knowing who is calling: caller ID or a bound WeChat account first; otherwise the elder's
 * registered phone number and the last four digits of the ID number, checked together (so the
 * answer never tells whether a number is registered), two tries, then a person. Guessing is limited
 * across sessions by {@link Identification}; a locked number or client is told so and not put through.
 */
final class IdentifyFlow implements Flow {

    private static final int TRIES = 2;

    private final Elders elders;
    private final Identification identification;
    private final Conversations conversations;
    private final Escalations escalations;

    IdentifyFlow(Elders elders, Identification identification, Conversations conversations, Escalations escalations) {
        this.elders = elders;
        this.identification = identification;
        this.conversations = conversations;
        this.escalations = escalations;
    }

    @Override
    public boolean owns(Step step) {
        return Set.of(Step.IDENTIFY_PHONE, Step.IDENTIFY_ID).contains(step);
    }

    /** Recognises the sender without asking anything; returns the greeting line's name, or null. */
    String recognise(Turn t) {
        if (t.in.channel() == Channel.WECHAT) {
            List<FamilyContact> bound = elders.boundTo(t.in.sender());
            if (bound.size() > 1) {
                // Several bound elders: which one is asked when a request needs one (BindingFlow).
                return bound.get(0).getFullName();
            }
            if (!bound.isEmpty()) {
                FamilyContact f = bound.get(0);
                identified(t, elders.get(new ElderId(f.getElderId())), f.getId());
                return f.getFullName();
            }
            return null;
        }
        if (t.in.channel() == Channel.VOICE) {
            Optional<Caller> caller = elders.findByPhone(t.in.sender());
            if (caller.isPresent()) {
                Caller c = caller.get();
                identified(t, c.actsFor().get(0), c.isElder() ? null : c.familyContact().getId());
                return c.isElder() ? Greeting.title(c.elder(), t.msg) : c.familyContact().getFullName();
            }
        }
        return null;
    }

    Elder elderOf(Long elderId) {
        return elders.get(new ElderId(elderId));
    }

    @Override
    public void start(Turn t) {
        t.state.resumeIntent = t.intent() != null ? t.intent() : t.state.intent;
        t.state.resumeText = t.intent() != null ? t.in.text() : null;
        t.state.optionValues.clear();
        if (t.in.channel() == Channel.WECHAT) {
            t.say("family.needBinding");
            t.state.step = Step.NONE;
            return;
        }
        t.say("identify.ask").expect(Step.IDENTIFY_PHONE);
    }

    @Override
    public boolean answer(Turn t) {
        String digits = t.digitsGiven();
        if (digits == null) {
            return false;
        }
        if (t.state.step == Step.IDENTIFY_PHONE) {
            if (digits.length() < 7) {
                retryOrGiveUp(t, "identify.retry", Step.IDENTIFY_PHONE);
            } else {
                t.state.claimedPhone = digits;
                t.say("identify.askId").expect(Step.IDENTIFY_ID);
            }
            return true;
        }
        Verdict verdict = identification.verify(t.in.origin(), t.state.claimedPhone, lastFour(digits));
        t.state.claimedPhone = null;
        switch (verdict.result()) {
            case OK -> {
                Elder elder = verdict.caller().actsFor().get(0);
                identified(t, elder, null);
                t.say("identify.ok", Greeting.title(elder, t.msg));
                t.state.step = Step.NONE;
            }
            case WRONG -> retryOrGiveUp(t, "identify.wrong", Step.IDENTIFY_PHONE);
            case LOCKED -> {
                t.state.resumeIntent = null;
                t.state.resumeText = null;
                t.say("identify.locked", t.clockTime(verdict.lockedUntil()));
                t.state.step = Step.NONE;
                Menu.offer(t);
            }
        }
        return true;
    }

    /** The last four characters of an ID number as typed or said; longer input is taken from its end. */
    private static String lastFour(String digits) {
        return digits.length() > 4 ? digits.substring(digits.length() - 4) : digits;
    }

    private void retryOrGiveUp(Turn t, String retryKey, Step step) {
        t.state.identifyTries++;
        if (t.state.identifyTries >= TRIES) {
            escalations.handoff(t, "identify.failed", t.msg.text("reason.unidentified"), Priority.HIGH);
            return;
        }
        t.say(retryKey).expect(step);
    }

    void identified(Turn t, Elder elder, Long familyContactId) {
        t.state.elderId = elder.getId();
        t.state.familyContactId = familyContactId;
        t.state.identified = true;
        if (t.state.conversationId != null) {
            conversations.identify(t.state.conversationId, elder.elderId());
        }
    }
}
