package cn.yinling.hotline.ivr.responders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The responder's message: who and what are catalog pieces, so a responder called seconds after the
 * emergency hears them before anything is rendered; only the full name, the address and words the
 * detector has no category for go through the fallback.
 */
class ResponderPromptsTest {

    private final Messages messages = new Messages();
    private final ResponderPrompts prompts = new ResponderPrompts(messages, EmergencyDetector.standard());
    private final PromptCatalog catalog = PromptCatalog.standard();
    private final String keyReason = messages.text("reason.emergencyKey");

    private ResponderNotice notice(String said) {
        return new ResponderNotice(1, "王磊", "王秀英", "王", Sex.FEMALE, "东风社区3号楼2单元", said);
    }

    @Test
    void aKeyPressIsToldAsSuchAndTheElderByTitle() {
        Prompt p = prompts.notice(notice(keyReason), keyReason);
        assertThat(p.text()).isEqualTo(
                "银铃热线紧急通知：王阿姨王秀英，住在东风社区3号楼2单元，按了紧急求助键，需要您马上过去。能去请按1，去不了请按2。");
        // The full name and the address are one fallback stretch (rendered from the log); who and what are pieces.
        assertThat(catalog.prompt(p.text()).ids()).containsSubsequence("responder.notice.1", "name.wang", "title.female",
                "responder.what.key", "responder.notice.3", "responder.again");
    }

    @Test
    void whatWasSaidIsToldAsTheDetectorsCategoryWhichIsAPiece() {
        Prompt p = prompts.notice(notice("我摔倒了起不来"), keyReason);
        assertThat(p.text()).contains("紧急情况：跌倒").doesNotContain("起不来");
        assertThat(catalog.prompt(p.text()).ids()).contains("responder.what.category", "emergency.category.fall");
        assertThat(prompts.notice(notice("我妈不见了，她有老年痴呆"), keyReason).text()).contains("紧急情况：走失");
    }

    @Test
    void wordsWithoutACategoryAreRepeatedAsSaid() {
        Prompt p = prompts.notice(notice("你们快打电话给我儿子"), keyReason);
        assertThat(p.text()).contains("紧急求助，说：你们快打电话给我儿子");
        assertThat(catalog.prompt(prompts.accepted(notice("x")).text()).ids()).first().isEqualTo("responder.accepted");
    }

    @Test
    void everyCategoryOfTheDetectorIsACatalogPiece() throws IOException {
        String rules;
        try (InputStream in = EmergencyDetector.class.getClassLoader().getResourceAsStream("nlu/emergency-rules.yml")) {
            rules = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("(?m)^  - id: (\\w+)\\n    name: (\\S+)").matcher(rules);
        int categories = 0;
        while (m.find()) {
            categories++;
            Prompt p = catalog.prompt(messages.speech("responder.what.category", m.group(2)));
            assertThat(p.hasFallback()).as(m.group(2)).isFalse();
            assertThat(p.ids()).as(m.group(2)).isEqualTo(List.of("responder.what.category", "emergency.category." + m.group(1)));
        }
        assertThat(categories).isGreaterThanOrEqualTo(16);
    }

    @Test
    void theOtherLinesAreCatalogPiecesOnly() {
        for (Prompt p : new Prompt[] {prompts.again(), prompts.declined(), prompts.taken()}) {
            assertThat(catalog.prompt(p.text()).hasFallback()).as(p.text()).isFalse();
        }
    }
}
