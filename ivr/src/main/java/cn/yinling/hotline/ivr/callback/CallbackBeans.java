package cn.yinling.hotline.ivr.callback;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.callback.CallbackProperties;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.ivr.IvrProperties;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.call.QueueHandover;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The callback's offer, script and dialer. The queue is read over AMI when it is configured; without
 * it there is no queue to read, so no callback is offered or placed.
 */
@Configuration(proxyBeanMethods = false)
class CallbackBeans {

    private static final QueueStatusSource NO_PBX = Optional::empty;

    @Bean
    CallbackOffer callbackOffer(Callbacks callbacks, ObjectProvider<QueueStatusSource> queue,
            CallbackProperties properties, PromptPlayer player, IvrProperties ivr, CasesProperties cases, Clock clock) {
        return new CallbackOffer(callbacks, queue.getIfAvailable(() -> NO_PBX), properties,
                new CallbackPrompts(new Messages()), player, ivr.inputTimeout(), ivr.interDigitTimeout(), cases, clock);
    }

    @Bean
    CallbackScript callbackScript(Callbacks callbacks, PromptPlayer player, IvrProperties ivr, QueueCalls queueCalls,
            OriginatedCalls originated) {
        return new CallbackScript(callbacks, new CallbackPrompts(new Messages()), player, ivr.inputTimeout(),
                ivr.interDigitTimeout(), new QueueHandover(queueCalls), originated);
    }

    @Bean
    CallbackDialing callbackDialing(Callbacks callbacks, ObjectProvider<QueueStatusSource> queue,
            OutboundDialer dialer, OriginatedCalls originated, CallbackProperties properties, Clock clock) {
        return new CallbackDialing(callbacks, queue.getIfAvailable(() -> NO_PBX), dialer, originated, properties,
                clock);
    }
}
