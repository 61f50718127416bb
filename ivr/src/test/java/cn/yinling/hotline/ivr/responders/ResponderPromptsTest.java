package cn.yinling.hotline.ivr.responders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptCatalog;
import org.junit.jupiter.api.Test;

/**
 * The responder's message: the fixed words are catalog pieces; only the elder's name, place and words
 * (text no catalog can hold) go through the fallback, which the render script renders from the log.
 */
class ResponderPromptsTest {

    private final Messages messages = new Messages();
    private final ResponderPrompts prompts = new ResponderPrompts(messages);
    private final PromptCatalog catalog = PromptCatalog.standard();

    @Test
    void aKeyPressIsToldAsSuchAndTheFixedWordsArePieces() {
        ResponderNotice n = new ResponderNotice(1, "王磊", "王秀英", "东风社区3号楼2单元", messages.text("reason.emergencyKey"));
        Prompt p = prompts.notice(n, messages.text("reason.emergencyKey"));
        assertThat(p.text()).isEqualTo("银铃热线紧急通知：王秀英（东风社区3号楼2单元）按了紧急求助键，需要您马上过去。能去请按1，去不了请按2。");
        assertThat(catalog.prompt(p.text()).ids()).contains("responder.notice.1", "responder.what.key", "responder.notice.2",
                "responder.again");
    }

    @Test
    void wordsAreRepeatedToTheResponder() {
        ResponderNotice n = new ResponderNotice(1, "王磊", "王秀英", "东风社区3号楼2单元", "我摔倒了起不来");
        assertThat(prompts.notice(n, messages.text("reason.emergencyKey")).text()).contains("紧急求助，说：我摔倒了起不来");
        assertThat(catalog.prompt(prompts.accepted(n).text()).ids()).first().isEqualTo("responder.accepted");
    }

    @Test
    void theOtherLinesAreCatalogPiecesOnly() {
        for (Prompt p : new Prompt[] {prompts.again(), prompts.declined(), prompts.taken()}) {
            assertThat(catalog.prompt(p.text()).hasFallback()).as(p.text()).isFalse();
        }
    }
}
