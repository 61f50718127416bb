package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.IntentPrediction;
import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the intent model is not sure (below the engine's threshold, and no slot backs its guess),
 * the engine asks a short question with the menu's options instead of acting, and names the guess
 * when the menu has it. The classifier here always guesses one intent at 0.4, so the question is
 * what is tested, not the model.
 */
class ClarifyingQuestionTest extends DialogTest {

    private static Nlu unsureOf(String intent) {
        IntentClassifier guessing = text -> new IntentPrediction(intent, 0.4, Map.of(intent, 0.4));
        return new Nlu(guessing, new RuleSlotExtractor(), 0.5);
    }

    private Reply unclearMessage(String guessedIntent) {
        String phone = elderWithPhone("ANQING_FREE");
        DialogEngine engine = engineWith(unsureOf(guessedIntent));
        engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.START));
        return engine.handle(Inbound.text(Channel.VOICE, phone, "那个事情你们给弄一下"));
    }

    @Test
    void anUnsureGuessThatTheMenuHasIsNamedWithItsNumber() {
        Reply reply = unclearMessage(Intents.COMPLAINT);
        assertThat(reply.text()).contains("您是想“投诉建议”吗？是的话请回复4").doesNotContain("没听明白");
        assertThat(reply.options()).extracting(Option::key).containsExactly("1", "2", "3", "4");
    }

    @Test
    void aCancelOrAMoveIsOfferedAsMyBookings() {
        assertThat(unclearMessage(Intents.CANCEL_BOOKING).text()).contains("您是想“我的预约”吗？是的话请回复3");
    }

    @Test
    void anUnsureGuessOutsideTheMenuGetsTheMenuAsTheQuestion() {
        Reply reply = unclearMessage(Intents.CHITCHAT);
        assertThat(reply.text()).contains("您是想预约服务、查余额、查预约，还是投诉？").doesNotContain("没听明白");
        assertThat(reply.options()).extracting(Option::key).containsExactly("1", "2", "3", "4");
    }

    @Test
    void nothingIsDoneOnAnUnsureGuess() {
        Reply reply = unclearMessage(Intents.BOOK_SERVICE);
        assertThat(reply.text()).contains("您是想“预约服务”吗").doesNotContain("什么服务");
        assertThat(reply.has(Action.Handover.class)).isFalse();
        assertThat(reply.has(Action.End.class)).isFalse();
    }
}
