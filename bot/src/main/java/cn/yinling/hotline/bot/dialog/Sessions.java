package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.bot.session.StoredSession;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dialog state to and from the session store, as JSON. Fields at their defaults (null, zero,
 * false, empty) are left out: every turn writes its sender's session anew, and with in-memory
 * sessions the current ones are what each young garbage collection has to copy.
 */
final class Sessions {

    record Loaded(long version, DialogState state) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Defaults are left out when written (NON_DEFAULT), so a record's missing false or 0 reads back as such.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(in -> in.withValueInclusion(JsonInclude.Include.NON_DEFAULT))
            .build();

    private final SessionStore store;
    private final Duration ttl;

    Sessions(SessionStore store, Duration ttl) {
        this.store = store;
        this.ttl = ttl;
    }

    Loaded load(String key) {
        StoredSession s = store.load(key);
        if (!s.exists()) {
            return new Loaded(0, new DialogState());
        }
        try {
            return new Loaded(s.version(), JSON.readValue(s.json(), DialogState.class));
        } catch (RuntimeException unreadable) {
            // A session written by an incompatible version starts over rather than failing the caller.
            return new Loaded(s.version(), new DialogState());
        }
    }

    boolean save(String key, Loaded loaded, DialogState state) {
        return store.compareAndSet(key, loaded.version(), JSON.writeValueAsString(state), ttl);
    }

    boolean exists(String key) {
        return store.load(key).exists();
    }

    void end(String key) {
        store.delete(key);
    }
}
