package cn.yinling.hotline.ivr.agi;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs connections from hosts outside {@code hotline.ivr.allowed-hosts}: one line per source and
 * interval, the next one saying how many more came meanwhile, so a scan or a flood cannot fill the
 * log. The sources remembered are capped; past the cap the oldest is forgotten (and may be logged
 * again a little early).
 */
final class RefusedConnections {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_SOURCES = 1024;
    private static final Logger log = LoggerFactory.getLogger(RefusedConnections.class);

    private static final class Window {
        final Instant start;
        int more;

        Window(Instant start) {
            this.start = start;
        }
    }

    private final Clock clock;
    private final String allowed;
    private final Map<InetAddress, Window> sources = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Window> eldest) {
            return size() > MAX_SOURCES;
        }
    };

    RefusedConnections(Clock clock, AllowedHosts allowed) {
        this.clock = clock;
        this.allowed = allowed.toString();
    }

    synchronized void refused(InetAddress source) {
        Instant now = clock.instant();
        Window w = sources.get(source);
        if (w != null && !now.isBefore(w.start) && now.isBefore(w.start.plus(INTERVAL))) {
            w.more++;
            return;
        }
        String meanwhile = w == null || w.more == 0 ? "" : " (and " + w.more + " more since the last line)";
        log.warn("FastAGI: refused a connection from {}, not in hotline.ivr.allowed-hosts [{}]{}; next line for this"
                + " host in {} s at the earliest", source.getHostAddress(), allowed, meanwhile, INTERVAL.toSeconds());
        sources.put(source, new Window(now));
    }
}
