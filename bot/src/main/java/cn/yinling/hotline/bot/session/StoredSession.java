package cn.yinling.hotline.bot.session;

/** A session's JSON and the version it was read at; version 0 means "no session yet". */
public record StoredSession(long version, String json) {

    public static final StoredSession NONE = new StoredSession(0, null);

    public boolean exists() {
        return json != null;
    }
}
