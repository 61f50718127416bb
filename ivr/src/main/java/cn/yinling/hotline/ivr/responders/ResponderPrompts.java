package cn.yinling.hotline.ivr.responders;

import cn.yinling.hotline.bot.nlu.emergency.Danger;
import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.ivr.call.Prompt;

/**
 * The responder call's words, from the {@code responder.*} keys of the bot message bundle. A call-out
 * starts seconds after the emergency, too soon to render new audio, so the message is built from
 * pieces the catalog already has wherever it can be: the elder as the hotline addresses them (王阿姨:
 * surname and title are pieces) and what happened as the detector's category (跌倒, 胸痛: every
 * category name is a piece). Only the full name and the address are free text, played through the
 * catalog's fallback once rendered ({@code render-prompts.sh --extra}); a responder whose fallback is
 * not rendered yet still hears who and what.
 */
final class ResponderPrompts {

    private final Messages messages;
    private final EmergencyDetector detector;

    ResponderPrompts(Messages messages, EmergencyDetector detector) {
        this.messages = messages;
        this.detector = detector;
    }

    /** 银铃热线紧急通知：王阿姨王秀英，住在东风社区3号楼2单元，紧急情况：跌倒，需要您马上过去。能去请按1，去不了请按2。 */
    Prompt notice(ResponderNotice n, String keyReason) {
        String title = messages.speech(n.elderSex() == Sex.FEMALE ? "title.female" : "title.male", n.elderSurname());
        return prompt("responder.notice", title, n.elderName(), n.place(), what(n, keyReason));
    }

    /**
     * The detector's category when the words name a danger it knows; the words themselves otherwise
     * (the agent's case has them too); the key when nothing was said.
     */
    private String what(ResponderNotice n, String keyReason) {
        if (n.said() == null || n.said().isBlank() || n.said().equals(keyReason)) {
            return messages.speech("responder.what.key");
        }
        Danger danger = detector.detect(n.said());
        if (danger.categoryName() != null && (danger.emergency() || danger.unsure())) {
            return messages.speech("responder.what.category", danger.categoryName());
        }
        return messages.speech("responder.what.said", n.said());
    }

    Prompt again() {
        return prompt("responder.again");
    }

    Prompt accepted(ResponderNotice n) {
        return prompt("responder.accepted", n.place());
    }

    Prompt declined() {
        return prompt("responder.declined");
    }

    Prompt taken() {
        return prompt("responder.taken");
    }

    private Prompt prompt(String key, Object... args) {
        return Prompt.of(messages.speech(key, args));
    }
}
