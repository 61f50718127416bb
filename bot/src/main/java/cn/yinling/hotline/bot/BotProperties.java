package cn.yinling.hotline.bot;

import cn.yinling.hotline.cases.casework.Cases;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hotline.bot.*}: the dialog engine's settings.
 *
 * @param sessionTtl           how long an idle conversation is remembered
 * @param confidenceThreshold  below this intent probability the engine asks instead of acting
 * @param maxTextLength        longer messages are refused politely (chat) or cut (voice transcripts); at most
 *                             {@link Cases#MAX_NOTE}, since a complaint's words are kept whole in its case
 * @param faqFile              the policy questions and answers
 * @param redisRetry           after Redis fails, how long this node goes on with its own copies (sessions,
 *                             WeChat de-duplication) before trying Redis again
 * @param chat                 limits of the web chat API
 */
@ConfigurationProperties("hotline.bot")
public record BotProperties(
        @DefaultValue("PT30M") Duration sessionTtl,
        @DefaultValue("0.5") double confidenceThreshold,
        @DefaultValue("500") int maxTextLength,
        @DefaultValue("classpath:faq/policy-faq.yml") String faqFile,
        @DefaultValue("PT5S") Duration redisRetry,
        @DefaultValue Chat chat) {

    public BotProperties {
        if (maxTextLength < 1 || maxTextLength > Cases.MAX_NOTE) {
            throw new IllegalArgumentException("hotline.bot.max-text-length must be between 1 and " + Cases.MAX_NOTE
                    + ": a complaint's words are kept whole in its case, and a longer one would fail there");
        }
    }

    /**
     * {@code hotline.bot.chat.*}: how fast one client may use the web chat, counted on each node.
     *
     * @param startsPerAddress chats one network address may start per {@code startsWindow}
     * @param startsWindow     the window of {@code startsPerAddress}
     * @param messagesPerChat  messages one chat may send per {@code messagesWindow}
     * @param messagesWindow   the window of {@code messagesPerChat}
     */
    public record Chat(
            @DefaultValue("30") int startsPerAddress,
            @DefaultValue("PT10M") Duration startsWindow,
            @DefaultValue("30") int messagesPerChat,
            @DefaultValue("PT1M") Duration messagesWindow) {
    }
}
