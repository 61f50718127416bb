package cn.yinling.hotline.bot;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.faq.PolicyFaq;
import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.SlotExtractor;
import cn.yinling.hotline.bot.session.InMemorySessionStore;
import cn.yinling.hotline.bot.session.RedisOutage;
import cn.yinling.hotline.bot.session.RedisSessionStore;
import cn.yinling.hotline.bot.session.ResilientSessionStore;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.elder.Identification;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import redis.clients.jedis.UnifiedJedis;

/** Assembles the dialog engine: NLU, session store (Redis when configured), FAQ and the domain services. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BotProperties.class)
class BotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

    /** One per node, shared by sessions and WeChat de-duplication: a Redis time-out is waited out once, not per call. */
    @Bean
    RedisOutage redisOutage(BotProperties properties, ObjectProvider<UnifiedJedis> redis, Clock clock) {
        return new RedisOutage(redis.getIfAvailable(), properties.redisRetry(), clock);
    }

    @Bean
    SessionStore sessionStore(BotProperties properties, ObjectProvider<UnifiedJedis> redis, RedisOutage outage, Clock clock) {
        UnifiedJedis client = redis.getIfAvailable();
        if (client == null) {
            log.info("Dialog sessions are kept in memory (no hotline.redis.url)");
            return new InMemorySessionStore(clock);
        }
        log.info("Dialog sessions are kept in Redis, with this node's copy to go on from when Redis fails");
        return new ResilientSessionStore(new RedisSessionStore(client, "hotline:session:", properties.sessionTtl()),
                outage, clock);
    }

    @Bean
    PolicyFaq policyFaq(BotProperties properties, ResourceLoader resources) {
        try {
            return PolicyFaq.load(resources.getResource(properties.faqFile()).getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + properties.faqFile(), e);
        }
    }

    @Bean
    Nlu nlu(IntentClassifier classifier, SlotExtractor slots, BotProperties properties) {
        return new Nlu(classifier, slots, properties.confidenceThreshold());
    }

    @Bean
    DialogEngine dialogEngine(Nlu nlu, SessionStore sessions, BotProperties properties, PolicyFaq faq, Elders elders,
            Identification identification, Entitlements entitlements, Bookings bookings, ServiceCatalog catalog,
            Cases cases, Conversations conversations, Clock clock, FamilyBindings bindings, Responders responders,
            VoucherApplications applications) {
        return new DialogEngine(nlu, sessions, properties.sessionTtl(), properties.maxTextLength(), faq, elders,
                identification, entitlements, bookings, catalog, cases, conversations, clock, bindings,
                responders::alertedOnEmergency, applications);
    }
}
