package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.session.RedisOutage;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.elder.Elders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import redis.clients.jedis.UnifiedJedis;

/** Assembles the WeChat channel: checks, codec, de-duplication (Redis when configured), customer-service API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatProperties.class)
@ConditionalOnProperty(prefix = "hotline.wechat", name = "enabled", havingValue = "true", matchIfMissing = true)
class WechatConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WechatConfiguration.class);
    static final String CALLBACK_PATH = "/wechat/callback";
    /** Redis key prefix of the shared access token and its refresh lock. */
    static final String TOKEN_PREFIX = "hotline:wechat:token";

    @Bean
    CallbackGuard wechatCallbackGuard(WechatProperties properties, Clock clock, MessageDedup seen) {
        if (properties.dedupTtl().compareTo(properties.timestampWindow().multipliedBy(2)) < 0) {
            // A signature is accepted for the window on either side of now; it must be remembered that long.
            throw new IllegalArgumentException("hotline.wechat.dedup-ttl must be at least twice hotline.wechat.timestamp-window");
        }
        return new CallbackGuard(properties.token(), properties.timestampWindow(), clock, seen);
    }

    @Bean
    CallbackCodec wechatCallbackCodec(CallbackGuard guard, WechatProperties properties) {
        return new CallbackCodec(guard, new SafeModeCrypt(properties.token(), properties.aesKey(), properties.appId()),
                properties.encrypted());
    }

    @Bean
    CallbackServlet wechatCallback(CallbackGuard guard, CallbackCodec codec, WechatInbox inbox, ReplyWatchdog watchdog,
            WechatProperties properties) {
        return new CallbackServlet(guard, codec, inbox, watchdog, properties.maxBodyBytes());
    }

    @Bean
    ReplyWatchdog wechatReplyWatchdog(WechatProperties properties) {
        return new ReplyWatchdog(properties.replyBudget());
    }

    /** The callback at {@code /wechat/callback}, beside Spring MVC's dispatcher (see {@link CallbackServlet} for why). */
    @Bean
    ServletRegistrationBean<CallbackServlet> wechatCallbackServlet(CallbackServlet callback) {
        ServletRegistrationBean<CallbackServlet> registration = new ServletRegistrationBean<>(callback, CALLBACK_PATH);
        registration.setName("wechatCallback");
        return registration;
    }

    /** ... and served before any filter (see {@link CallbackFilter} for why). */
    @Bean
    FilterRegistrationBean<CallbackFilter> wechatCallbackFilter(CallbackServlet callback, ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<CallbackFilter> registration = new FilterRegistrationBean<>(
                new CallbackFilter(callback, meters.getIfAvailable(SimpleMeterRegistry::new)));
        registration.addUrlPatterns(CALLBACK_PATH);
        registration.setName("wechatCallbackFirst");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setAsyncSupported(true); // the watchdog answers overrun turns (see CallbackServlet.CallbackReply)
        return registration;
    }

    @Bean
    MessageDedup wechatMessageDedup(WechatProperties properties, ObjectProvider<UnifiedJedis> redis, RedisOutage outage,
            Clock clock) {
        UnifiedJedis client = redis.getIfAvailable();
        if (client == null) {
            log.info("WeChat message de-duplication is kept in memory (no hotline.redis.url)");
            return new InMemoryMessageDedup(clock, properties.dedupTtl());
        }
        return new RedisMessageDedup(client, "hotline:wechat:seen:", properties.dedupTtl(), outage, clock);
    }

    @Bean
    CustomerService wechatCustomerService(WechatProperties properties, ObjectProvider<UnifiedJedis> redis) {
        UnifiedJedis client = redis.getIfAvailable();
        if (client == null) {
            log.info("The WeChat access token is kept in this node's memory (no hotline.redis.url)");
            return new CustomerService(wxMpService(properties));
        }
        log.info("The WeChat access token is shared through Redis ({}), refreshed by one node at a time", TOKEN_PREFIX);
        return new CustomerService(wxMpService(properties, client, TOKEN_PREFIX));
    }

    @Bean
    WechatAgentOutbox wechatAgentOutbox(CustomerService customerService) {
        return new WechatAgentOutbox(customerService);
    }

    @Bean
    WechatInbox wechatInbox(DialogEngine engine, MessageDedup dedup, CustomerService customerService) {
        return new WechatInbox(engine, dedup, customerService);
    }

    @Bean
    FamilyNotifier wechatFamilyNotifier(Elders elders, Bookings bookings, ServiceCatalog catalog,
            CustomerService customerService) {
        return new FamilyNotifier(elders, bookings, catalog, customerService);
    }

    /** A node's own token, in memory. */
    static WxMpService wxMpService(WechatProperties properties) {
        return wxMpService(properties, new WxMpDefaultConfigImpl());
    }

    /** The token every node shares, in Redis under {@code keyPrefix}, refreshed under a Redis lock. */
    static WxMpService wxMpService(WechatProperties properties, UnifiedJedis redis, String keyPrefix) {
        return wxMpService(properties, new SharedTokenConfig(new RedisWxOps(redis), keyPrefix));
    }

    private static WxMpService wxMpService(WechatProperties properties, WxMpDefaultConfigImpl config) {
        config.setAppId(properties.appId()); // before anything else: the Redis storage names its keys after it
        config.setSecret(properties.secret());
        config.setToken(properties.token());
        config.setAesKey(properties.aesKey());
        config.setHostConfig(WxMpHostConfig.builder().apiHost(stripSlash(properties.apiBaseUrl())).build());
        WxMpServiceImpl service = new SingleRefreshWxMpService();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(2);
        service.setRetrySleepMillis(200);
        return service;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
