package cn.yinling.hotline.bot.nlu;

import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped NLU: the OpenNLP model built from the training data, with the safety net, and the rule slot extractor. */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    @Bean
    IntentClassifier intentClassifier() {
        return new SafetyNetClassifier(new OpenNlpIntentClassifier());
    }

    @Bean
    SlotExtractor slotExtractor() {
        return new RuleSlotExtractor();
    }
}
