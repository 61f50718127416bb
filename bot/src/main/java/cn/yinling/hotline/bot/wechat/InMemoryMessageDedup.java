package cn.yinling.hotline.bot.wechat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * De-duplication for a single node. It must hold every message of the last {@code ttl}: at 3,000
 * messages a second and ten minutes, close to two million. As strings in a map with an expiry
 * queue they took about 220 bytes each (400 MB, and the garbage collector's time with it), so a
 * key is kept as a 64-bit fingerprint in a flat table (16 to 32 bytes with its free room), in
 * slices of a tenth of the time to live that are dropped whole once their last key is past it: a
 * key is remembered for at least {@code ttl} and at most a tenth longer.
 * <p>
 * Two different keys share a fingerprint with a chance of about one in 10^13 per message against
 * two million remembered; the second would be taken for a retry. At a sustained 3,000 messages a
 * second that is about one lost message a century. Keys are only those of signed callbacks.
 */
final class InMemoryMessageDedup implements MessageDedup {

    private static final int SLICES = 10;

    /** Keys taken within one slice of time, newest last. Guarded by {@code this}. */
    private final Deque<Slice> slices = new ArrayDeque<>();
    private final Clock clock;
    private final long ttlMillis;
    private final long sliceMillis;

    InMemoryMessageDedup(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.sliceMillis = Math.max(1, ttlMillis / SLICES);
    }

    @Override
    public boolean firstTime(String key) {
        long fingerprint = fingerprint(key);
        long now = clock.millis();
        synchronized (this) {
            if (remembered(fingerprint, now)) {
                return false;
            }
            long start = Math.floorDiv(now, sliceMillis) * sliceMillis;
            Slice newest = slices.peekLast();
            if (newest == null || newest.start < start) {
                newest = new Slice(start);
                slices.addLast(newest);
            }
            newest.keys.add(fingerprint);
            return true;
        }
    }

    /** Whether the key was taken within the time-to-live; unlike {@link #firstTime}, it is not taken now. */
    boolean contains(String key) {
        long fingerprint = fingerprint(key);
        long now = clock.millis();
        synchronized (this) {
            return remembered(fingerprint, now);
        }
    }

    /** Guarded by {@code this}. */
    private boolean remembered(long fingerprint, long now) {
        while (!slices.isEmpty() && slices.peekFirst().start + sliceMillis + ttlMillis <= now) {
            slices.pollFirst();
        }
        for (Slice s : slices) {
            if (s.keys.contains(fingerprint)) {
                return true;
            }
        }
        return false;
    }

    synchronized int size() {
        return slices.stream().mapToInt(s -> s.keys.size()).sum();
    }

    /** FNV-1a over the key's UTF-8 bytes, then a finaliser that spreads every bit (SplitMix64's). */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private static final class Slice {
        final long start;
        final LongSet keys = new LongSet();

        Slice(long start) {
            this.start = start;
        }
    }

    /** An open-addressing set of longs, at most half full; 0 stands for an empty place (and key 0 is kept apart). */
    static final class LongSet {
        private long[] table = new long[1024];
        private int size;
        private boolean hasZero;

        boolean contains(long key) {
            return key == 0 ? hasZero : table[slot(table, key)] == key;
        }

        void add(long key) {
            if (key == 0) {
                size += hasZero ? 0 : 1;
                hasZero = true;
                return;
            }
            int i = slot(table, key);
            if (table[i] == key) {
                return;
            }
            table[i] = key;
            if (++size * 2 > table.length) {
                long[] larger = new long[table.length * 2];
                Arrays.stream(table).filter(k -> k != 0).forEach(k -> larger[slot(larger, k)] = k);
                table = larger;
            }
        }

        int size() {
            return size;
        }

        /** Where the key is, or the empty place where it would go (linear probing). */
        private static int slot(long[] table, long key) {
            int mask = table.length - 1;
            int i = (int) key & mask;
            while (table[i] != key && table[i] != 0) {
                i = (i + 1) & mask;
            }
            return i;
        }
    }
}
