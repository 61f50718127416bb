package cn.yinling.hotline.bot.session;

import java.time.Duration;

/**
 * Where dialog state lives between turns. Updates are optimistic: {@link #compareAndSet} writes
 * only if nobody wrote since {@code expectedVersion} was read, so two messages of one sender
 * handled at once cannot silently overwrite each other.
 */
public interface SessionStore {

    StoredSession load(String key);

    /** Writes {@code json} as version {@code expectedVersion + 1}; false if another write came first. */
    boolean compareAndSet(String key, long expectedVersion, String json, Duration ttl);

    void delete(String key);
}
