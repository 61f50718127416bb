package cn.yinling.hotline.bot.dialog;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per session key, striped: turns of the same sender on this node take turns. A family
 * member typing fast (or WeChat retrying) sends messages that arrive together; each turn has effects
 * in the case database (a case, a booking, a binding attempt), so running them side by side and
 * retrying the loser of the optimistic session save would do those effects twice. Across nodes the
 * optimistic save still decides.
 */
final class SessionLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    SessionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock of(String sessionKey) {
        int h = sessionKey.hashCode();
        return stripes[(h ^ (h >>> 16)) & (STRIPES - 1)];
    }
}
