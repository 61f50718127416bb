package cn.yinling.hotline.ivr;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.checkin.CheckinProperties;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.followup.DueFollowUps;
import cn.yinling.hotline.cases.followup.FollowUpCalls;
import cn.yinling.hotline.cases.followup.FollowUpProperties;
import cn.yinling.hotline.cases.outbound.OutboundCallTokens;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.voice.VoicePreferences;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.ami.AmiDialer;
import cn.yinling.hotline.ivr.call.HotlineScript;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.call.SoundDirectories;
import cn.yinling.hotline.ivr.call.StreamFilePromptPlayer;
import cn.yinling.hotline.ivr.callback.CallbackOffer;
import cn.yinling.hotline.ivr.callback.CallbackScript;
import cn.yinling.hotline.ivr.checkin.CheckinDialing;
import cn.yinling.hotline.ivr.checkin.CheckinScript;
import cn.yinling.hotline.ivr.followup.FollowUpDialing;
import cn.yinling.hotline.ivr.followup.FollowUpScript;
import cn.yinling.hotline.ivr.outbound.LoggingDialer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import cn.yinling.hotline.ivr.responders.ResponderScript;
import cn.yinling.hotline.ivr.reminder.ReminderScript;
import cn.yinling.hotline.ivr.visit.VisitScript;
import cn.yinling.hotline.ivr.voice.ElderVoices;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The FastAGI server and the scripts it serves, by the name in {@code agi://host:port/<name>}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IvrProperties.class)
class IvrConfiguration {

    /** The standard prompts until a call knows its elder; then the elder's voice ({@link ElderVoices}). */
    @Bean
    PromptPlayer promptPlayer(IvrProperties properties, VoicePreferences preferences) {
        return new StreamFilePromptPlayer(SoundDirectories.of(properties.soundDirectory()),
                new ElderVoices(preferences, properties.soundDirectory()));
    }

    @Bean
    HotlineScript hotlineScript(DialogEngine engine, PromptPlayer prompts, IvrProperties properties,
            QueueCalls queueCalls, CallbackOffer callbackOffer) {
        return new HotlineScript(engine, new ReplyRenderer(), prompts, properties.inputTimeout(),
                properties.interDigitTimeout(), properties.recording(), queueCalls, callbackOffer);
    }

    @Bean
    OriginatedCalls originatedCalls(OutboundCallTokens tokens, IvrProperties properties) {
        return new OriginatedCalls(tokens, properties.outboundTokenValidity());
    }

    @Bean
    CheckinScript checkinScript(Checkins checkins, PromptPlayer prompts, IvrProperties properties,
            QueueCalls queueCalls, OriginatedCalls originated) {
        return new CheckinScript(checkins, new Messages(), prompts, properties.inputTimeout(),
                properties.interDigitTimeout(), queueCalls, originated);
    }

    @Bean
    FollowUpScript followUpScript(FollowUpCalls followUps, PromptPlayer prompts, IvrProperties properties,
            OriginatedCalls originated) {
        return new FollowUpScript(followUps, new Messages(), prompts, properties.inputTimeout(),
                properties.interDigitTimeout(), originated);
    }

    @Bean
    FastAgiServer fastAgiServer(IvrProperties properties, HotlineScript hotline, CheckinScript checkin,
            FollowUpScript followUp, CallbackScript callback, ResponderScript responder, ReminderScript reminder,
            VisitScript visit, Clock clock) {
        return new FastAgiServer(properties, Map.of(HotlineScript.NAME, hotline, CheckinScript.NAME, checkin,
                FollowUpScript.NAME, followUp, CallbackScript.NAME, callback, ResponderScript.NAME, responder,
                ReminderScript.NAME, reminder, VisitScript.NAME, visit), clock);
    }

    /** The AMI dialer when {@code hotline.ami} is configured; without a PBX manager interface calls are logged, not placed. */
    @Bean
    @Primary
    OutboundDialer outboundDialer(ObjectProvider<AmiDialer> ami) {
        AmiDialer dialer = ami.getIfAvailable();
        return dialer != null ? dialer : new LoggingDialer();
    }

    @Bean
    CheckinDialing checkinDialing(Checkins checkins, OutboundDialer dialer, CheckinProperties properties,
            OriginatedCalls originated, Clock clock) {
        return new CheckinDialing(checkins, dialer, properties, originated, clock);
    }

    @Bean
    FollowUpDialing followUpDialing(DueFollowUps due, OutboundDialer dialer, FollowUpProperties properties,
            OriginatedCalls originated) {
        return new FollowUpDialing(due, dialer, properties, originated);
    }
}
