package cn.yinling.hotline.ivr.responders;

import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.CaseDatabaseReady;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.ivr.call.PromptCatalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Names and addresses are free text the catalog cannot hold, and an emergency's call-out starts
 * seconds after it: too late to render them then. So at start-up and every hour the responder
 * message of every elder who has responders is split once, which logs each text still unrendered as
 * {@code MISSING-PROMPT} (once per text and JVM); the operator's routine {@code render-prompts.sh
 * --extra <log>} renders them before they are needed.
 */
@Component
class ResponderPromptsAhead {

    private static final Logger log = LoggerFactory.getLogger(ResponderPromptsAhead.class);

    private final Responders responders;
    private final ResponderPrompts prompts;
    private final String keyReason;
    private final PromptCatalog catalog = PromptCatalog.standard();

    ResponderPromptsAhead(Responders responders) {
        Messages messages = new Messages();
        this.responders = responders;
        this.prompts = new ResponderPrompts(messages, EmergencyDetector.standard());
        this.keyReason = messages.text("reason.emergencyKey");
    }

    @EventListener(CaseDatabaseReady.class)
    void atStart() {
        splitAll();
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void hourly() {
        splitAll();
    }

    /** Splits every elder's messages; returns how many say free text (played from rendered say.* files). */
    int splitAll() {
        List<ResponderNotice> notices = responders.noticesAhead();
        int unrendered = 0;
        for (ResponderNotice n : notices) {
            boolean missing = catalog.prompt(prompts.notice(n, keyReason).text()).hasFallback()
                    | catalog.prompt(prompts.accepted(n).text()).hasFallback();
            unrendered += missing ? 1 : 0;
        }
        if (unrendered > 0) {
            log.info("Responder messages of {} of {} elders say names or addresses from rendered texts; each not seen "
                    + "before is logged as MISSING-PROMPT for render-prompts.sh --extra", unrendered, notices.size());
        }
        return unrendered;
    }
}
