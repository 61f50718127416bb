package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.faq.FaqEntry;
import cn.yinling.hotline.bot.faq.PolicyFaq;
import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.cases.casework.Priority;
import java.util.Optional;

/** The short answers: greetings, goodbyes, chitchat, out-of-scope requests and policy questions. */
final class SmallTalk {

    private final PolicyFaq faq;
    private final Escalations escalations;

    SmallTalk(PolicyFaq faq, Escalations escalations) {
        this.faq = faq;
        this.escalations = escalations;
    }

    void handle(Turn t, String intent) {
        t.state.clearTask();
        switch (intent) {
            case Intents.GREETING -> {
                t.say("greeting.reply");
                Menu.offer(t);
            }
            case Intents.GOODBYE -> {
                t.say("goodbye.reply");
                t.reply.action(new Action.End("goodbye"));
            }
            case Intents.CHITCHAT -> {
                t.say("chitchat.reply");
                t.option("1", t.msg.text("chitchat.visit"), "service:companionship");
                t.option("2", t.msg.text("menu.human"), "human");
                t.expect(Step.MENU);
            }
            case Intents.POLICY_INQUIRY -> policy(t);
            case Intents.AFFIRM -> {
                t.say("affirm.noContext");
                Menu.offer(t);
            }
            case Intents.DENY -> {
                t.say("deny.noContext");
                Menu.offer(t);
            }
            default -> {
                t.say("outOfScope.reply");
                Menu.offer(t);
            }
        }
    }

    private void policy(Turn t) {
        Optional<FaqEntry> answer = faq.answer(t.in.text());
        if (answer.isEmpty()) {
            escalations.handoff(t, "policy.unknown", t.msg.text("reason.policy", t.in.text()), Priority.NORMAL);
            return;
        }
        t.say(new Line(answer.get().answer(), answer.get().answer()));
        Menu.offer(t);
    }
}
