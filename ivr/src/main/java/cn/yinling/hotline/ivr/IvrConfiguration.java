package cn.yinling.hotline.ivr;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.call.HotlineScript;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.call.StreamFilePromptPlayer;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The FastAGI server and the scripts it serves, by the name in {@code agi://host:port/<name>}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IvrProperties.class)
class IvrConfiguration {

    @Bean
    PromptPlayer promptPlayer(IvrProperties properties) {
        return new StreamFilePromptPlayer(properties.soundDirectory());
    }

    @Bean
    HotlineScript hotlineScript(DialogEngine engine, PromptPlayer prompts, IvrProperties properties) {
        return new HotlineScript(engine, new ReplyRenderer(), prompts, properties.inputTimeout(),
                properties.interDigitTimeout());
    }

    @Bean
    FastAgiServer fastAgiServer(IvrProperties properties, HotlineScript hotline) {
        return new FastAgiServer(properties, Map.of(HotlineScript.NAME, hotline));
    }
}
