package cn.yinling.hotline.ivr.responders;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.ResponderProperties;
import cn.yinling.hotline.ivr.IvrProperties;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The responder call-out's script and dialer. */
@Configuration(proxyBeanMethods = false)
class ResponderBeans {

    @Bean
    ResponderScript responderScript(CallOuts callOuts, PromptPlayer player, IvrProperties ivr,
            ResponderProperties properties, OriginatedCalls originated) {
        return new ResponderScript(callOuts, new Messages(), player, ivr.inputTimeout(), ivr.interDigitTimeout(),
                properties.tries(), originated);
    }

    @Bean
    ResponderDialing responderDialing(CallOuts callOuts, OutboundDialer dialer, OriginatedCalls originated,
            ResponderProperties properties) {
        return new ResponderDialing(callOuts, dialer, originated, properties);
    }
}
