package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.emergency.Danger;
import cn.yinling.hotline.cases.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Danger first, on every turn and before anything else. The words themselves are read by the
 * emergency detector, not the intent: an explicit choice has no intent, and a pending question
 * (identification, a booking, a complaint, a rating, WeChat binding) would otherwise take the
 * message as its answer. Danger now goes to a person at once (priority 1), also in a chat an
 * agent has taken over, and so does a weak cue the intent model agrees with. A weak cue, or the
 * intent model alone saying emergency, gets one short question ("您是说现在有危险吗？"); its yes —
 * 1, 9 or 0 on the phone, 1 in a chat, saying so, or saying danger again — goes to a person at
 * once, and so does silence; its no goes back to the question it interrupted. In a chat an agent
 * has taken over, nothing is asked: a person reads it.
 */
final class DangerCheck {

    private static final String YES = "danger:yes";
    /** Short answers that mean yes or no to the danger question (the intent model does not know one-character replies well). */
    private static final Set<String> SAYS_YES = Set.of("是", "是的", "对", "对的", "有", "有危险", "要", "需要", "嗯", "快",
            "快点", "快来", "係", "系", "系呀", "要的", "要啊", "救我", "帮我");
    private static final Set<String> SAYS_NO = Set.of("没有", "没", "不是", "没事", "不用", "不", "不要", "唔系", "唔係", "冇",
            "冇事", "没危险", "没有危险", "没事了", "不用了");

    private final Nlu nlu;
    private final Escalations escalations;
    private final int maxTextLength;

    DangerCheck(Nlu nlu, Escalations escalations, int maxTextLength) {
        this.nlu = nlu;
        this.escalations = escalations;
        this.maxTextLength = maxTextLength;
    }

    /** Whether this turn was dealt with here: put through, asked, or the danger question answered no. */
    boolean handled(Turn t, boolean withAgent) {
        DangerQuestion asked = t.state.dangerAsked;
        if (asked != null) {
            return answer(t, asked);
        }
        if (t.in.kind() != InputKind.TEXT || t.in.text() == null || t.in.text().isBlank()) {
            return false;
        }
        Danger danger = nlu.danger(t.in.text());
        if (danger.emergency()) {
            escalations.emergency(t, said(t), t.msg.text("reason.danger.recognised", danger.categoryName(), danger.cue()));
            return true;
        }
        // An explicit choice ("严重" at a complaint's severity question) is the caller's, never the model's guess.
        boolean model = !danger.denied() && Intents.EMERGENCY.equals(t.intent());
        if (danger.unsure() && model) {
            // A weak cue and the intent model agreeing is no longer unsure ("我头晕得厉害站都站不住了").
            escalations.emergency(t, said(t), t.msg.text("reason.danger.withModel", danger.categoryName(), danger.cue()));
            return true;
        }
        if ((danger.unsure() || model) && !withAgent) {
            ask(t, danger.unsure() ? t.msg.text("reason.danger.unsure", danger.categoryName(), danger.cue())
                    : t.msg.text("reason.danger.model"));
            return true;
        }
        return false;
    }

    private void ask(Turn t, String recognised) {
        DialogState s = t.state;
        s.dangerAsked = new DangerQuestion(said(t), recognised, new LinkedHashMap<>(s.optionValues), List.copyOf(s.lastLines),
                List.copyOf(s.lastOptions));
        s.optionValues = new LinkedHashMap<>();
        t.ask("danger.ask");
        t.option("1", t.msg.text("danger.help"), YES);
    }

    private boolean answer(Turn t, DangerQuestion asked) {
        DialogState s = t.state;
        if (t.in.kind() == InputKind.DTMF && "*".equals(t.in.digits())) {
            return false; // hear the danger question again; it stays pending
        }
        Answer a = answerOf(t);
        if (a == Answer.YES) {
            String how = t.in.kind() == InputKind.NO_INPUT ? "reason.danger.silent" : "reason.danger.confirmed";
            escalations.emergency(t, asked.said(), t.msg.text(how, asked.recognised()));
            return true;
        }
        // Anything else ends the question: back to the one it interrupted.
        s.dangerAsked = null;
        s.optionValues = new LinkedHashMap<>(asked.optionValues());
        s.lastLines = asked.lines();
        s.lastOptions = asked.options();
        if (a == Answer.OTHER) {
            return false; // a new request, or the answer to the interrupted question: the engine carries on
        }
        t.say("danger.no");
        if (s.step == Step.NONE || s.step == Step.MENU) {
            Menu.offer(t);
        } else {
            asked.lines().forEach(t::say);
            asked.options().forEach(t.reply::option);
        }
        return true;
    }

    private enum Answer { YES, NO, OTHER }

    /**
     * Read against the danger question's own option, before the interrupted question's options come
     * back. Plain signals first — a key, the option, a word that says yes or no, danger said again
     * or denied — and the intent model last: it takes "没事" and a bare "2" for yes.
     */
    private Answer answerOf(Turn t) {
        switch (t.in.kind()) {
            case NO_INPUT -> {
                return Answer.YES; // silence after "are you in danger?" may be someone who cannot answer
            }
            case DTMF -> {
                String key = t.in.digits() == null ? "" : t.in.digits().replace("#", "");
                boolean yes = "1".equals(key) || "0".equals(key) || "9".equals(key) && t.in.channel() == Channel.VOICE;
                return yes ? Answer.YES : Answer.NO; // the danger question offered nothing else
            }
            case TEXT -> {
                return t.in.text() == null || t.in.text().isBlank() ? Answer.OTHER : answerOf(t, t.in.text());
            }
            default -> {
                return Answer.OTHER;
            }
        }
    }

    private Answer answerOf(Turn t, String text) {
        String plain = plain(text);
        Danger again = nlu.danger(text);
        if (YES.equals(ChoiceInput.resolve(t.in, t.state.optionValues, t.state.lastOptions)) || SAYS_YES.contains(plain)
                || again.emergency() || again.unsure()) {
            return Answer.YES;
        }
        if (SAYS_NO.contains(plain) || again.denied() || ChoiceInput.looksLikeANumberedChoice(t.in)) {
            return Answer.NO;
        }
        String intent = t.parsed == null ? null : t.parsed.intent();
        if (Intents.DENY.equals(intent)) {
            return Answer.NO;
        }
        boolean yes = Intents.AFFIRM.equals(intent) || Intents.EMERGENCY.equals(intent) || Intents.HUMAN_AGENT.equals(intent);
        return yes ? Answer.YES : Answer.OTHER;
    }

    /** The words for the case, as said; too long for a case note, their end (where a long ramble says the danger). */
    private String said(Turn t) {
        String text = t.in.text().strip();
        return text.length() > maxTextLength ? "…" + text.substring(text.length() - maxTextLength + 1) : text;
    }

    private static String plain(String text) {
        return text.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
    }
}
