package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.BotProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How fast one client may use the web chat: chats started per network address and messages per
 * chat (token buckets, Bucket4j). Counted on each node: behind a load balancer that spreads one
 * client over n nodes the limits are up to n times as wide, which still stops a script. The
 * buckets of clients gone quiet are dropped (Caffeine), so a spray of addresses cannot fill memory.
 */
@Component
class ChatLimits {

    private static final int TRACKED = 100_000;

    private final Cache<String, Bucket> starts;
    private final Cache<String, Bucket> messages;
    private final Supplier<Bucket> newStarts;
    private final Supplier<Bucket> newMessages;

    ChatLimits(BotProperties properties) {
        BotProperties.Chat chat = properties.chat();
        newStarts = () -> bucket(chat.startsPerAddress(), chat.startsWindow());
        newMessages = () -> bucket(chat.messagesPerChat(), chat.messagesWindow());
        starts = Caffeine.newBuilder().maximumSize(TRACKED).expireAfterAccess(chat.startsWindow()).build();
        messages = Caffeine.newBuilder().maximumSize(TRACKED).expireAfterAccess(chat.messagesWindow()).build();
    }

    boolean mayStart(String address) {
        return starts.get(address, a -> newStarts.get()).tryConsume(1);
    }

    boolean maySend(String chat) {
        return messages.get(chat, c -> newMessages.get()).tryConsume(1);
    }

    private static Bucket bucket(int capacity, Duration window) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }
}
