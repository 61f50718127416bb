package cn.yinling.hotline.ivr.agi;

import cn.yinling.hotline.ivr.IvrProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Asterisk-Java's FastAGI server, started and stopped with the Spring context. The socket is bound
 * in {@link #start()} itself, so a bind failure is logged at once and the actual port (with port 0)
 * is known as soon as the context is up; the accept loop runs on its own thread and never holds up
 * start-up. Scripts are looked up by the script name Asterisk sends ({@code agi_network_script}).
 *
 * <p>Whoever can connect may claim any caller ID and run any script, so only the hosts in
 * {@code hotline.ivr.allowed-hosts} are served (others are closed on the accept thread), and a
 * connection's environment must arrive whole, in time and within size limits before a script runs
 * ({@link AgiSocket#readEnvironment()}); until then it holds a call thread only for
 * {@code environment-timeout}.
 */
public class FastAgiServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);
    /** Connections waiting to be accepted: a burst of calls (a queue releasing, a check-in batch) must not be dropped. */
    private static final int BACKLOG = 1024;
    /** A call thread idle this long ends; the next call makes a new one (about 0.1 ms). */
    private static final Duration IDLE_THREAD_LIFE = Duration.ofSeconds(60);

    private final IvrProperties properties;
    private final Map<String, AgiScript> scripts;
    private final AllowedHosts allowedHosts;
    private final RefusedConnections refused;
    private volatile Server server;
    private volatile ServerSocket socket;

    /**
     * @throws IllegalArgumentException when {@code hotline.ivr.allowed-hosts} has an entry that is not
     *                                  an IP address or CIDR block
     */
    public FastAgiServer(IvrProperties properties, Map<String, AgiScript> scripts, Clock clock) {
        this.properties = properties;
        this.scripts = Map.copyOf(scripts);
        this.allowedHosts = AllowedHosts.of(properties.allowedHosts());
        this.refused = new RefusedConnections(clock, allowedHosts);
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket bound = new ServerSocket();
            bound.setReuseAddress(true);
            bound.bind(new InetSocketAddress(InetAddress.getByName(properties.bindAddress()), properties.port()), BACKLOG);
            socket = bound;
        } catch (IOException e) {
            // The rest of the application (console, chat, WeChat) stays useful without the phone line.
            log.error("FastAGI server could not listen on {}:{}; the voice hotline is down", properties.bindAddress(),
                    properties.port(), e);
            return;
        }
        SimpleMappingStrategy mapping = new SimpleMappingStrategy();
        mapping.setMappings(scripts);
        Server s = new Server(mapping, new BoundServerSocket(socket, allowedHosts, refused,
                ConnectionLimits.of(properties)), properties.poolSize(), properties.threadStackSize().toBytes());
        s.setPort(socket.getLocalPort()); // only for its log line; the socket is already bound
        Thread accept = new Thread(() -> {
            try {
                s.startup();
            } catch (IOException e) {
                log.error("FastAGI server stopped", e);
            }
        }, "fastagi-accept-" + socket.getLocalPort());
        accept.setDaemon(true);
        accept.start();
        server = s;
        log.info("FastAGI server listening on {}:{} for scripts {} from [{}] (up to {} calls, {} stack each)",
                properties.bindAddress(), port(), scripts.keySet(), allowedHosts, properties.poolSize(),
                properties.threadStackSize());
    }

    @Override
    public synchronized void stop() {
        Server s = server;
        server = null;
        if (s != null) {
            // Stops accepting; calls in progress finish on their threads (the pool is shut down, not killed).
            s.shutdown();
        }
        socket = null;
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The port actually listened on (the chosen one when configured as 0), or -1 when not running. */
    public int port() {
        ServerSocket s = socket;
        return s == null ? -1 : s.getLocalPort();
    }

    /** The address actually listened on, or null when not running. */
    InetAddress boundAddress() {
        ServerSocket s = socket;
        return s == null ? null : s.getInetAddress();
    }

    /** Calls being served right now (one pool thread each). */
    public int activeCalls() {
        Server s = server;
        return s == null ? 0 : s.getPoolActiveTaskCount();
    }

    /** Threads serving calls right now or idle in the pool (at most {@code pool-size}). */
    public int callThreads() {
        Server s = server;
        return s == null ? 0 : Math.max(0, s.getPoolActiveThreadCount());
    }

    /**
     * Asterisk-Java's server on a socket we bound ourselves (it has no way to tell the port it chose),
     * with its own call pool. Asterisk-Java's pool (3.42.2 {@code AbstractAgiServer.createPool}) makes
     * every thread up to the pool size a core thread that never ends, on default 1 MB stacks; this one
     * reuses an idle thread when there is one, makes a new one otherwise, lets idle ones end after a
     * minute and gives them the configured stack. Beyond the pool a call is refused at once
     * (Asterisk-Java logs "Execution was rejected by pool" and closes the socket): queueing it would
     * leave the caller in silence. Each call first reads its environment within the limits on its
     * call thread; only a whole environment reaches Asterisk-Java's handler and a script.
     */
    private static final class Server extends DefaultAgiServer {
        private final BoundServerSocket bound;
        private final int poolSize;
        private final long stackSize;

        Server(SimpleMappingStrategy mapping, BoundServerSocket bound, int poolSize, long stackSize) {
            super(mapping);
            this.bound = bound;
            this.poolSize = poolSize;
            this.stackSize = stackSize;
            setPoolSize(0);
            setMaximumPoolSize(poolSize);
        }

        @Override
        protected ServerSocketFacade createServerSocket() {
            return bound;
        }

        /** Runs Asterisk-Java's handler of the connection just accepted only once its environment is read. */
        @Override
        protected void execute(Runnable handler) {
            AgiSocket connection = bound.takeAccepted();
            if (isDie()) {
                connection.close(); // Asterisk-Java would drop it unclosed
                return;
            }
            super.execute(() -> {
                if (connection.readEnvironment()) {
                    handler.run();
                }
            });
        }

        @Override
        protected ThreadPoolExecutor createPool() {
            return new ThreadPoolExecutor(0, poolSize, IDLE_THREAD_LIFE.toMillis(), TimeUnit.MILLISECONDS,
                    new SynchronousQueue<>(), new CallThreads(stackSize));
        }
    }

    /** Daemon threads named for what they do, with the configured stack reservation. */
    private static final class CallThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final String prefix = "fastagi-" + POOLS.incrementAndGet() + "-call-";
        private final AtomicInteger count = new AtomicInteger();
        private final long stackSize;

        CallThreads(long stackSize) {
            this.stackSize = stackSize;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(null, r, prefix + count.incrementAndGet(), stackSize);
            t.setDaemon(true);
            return t;
        }
    }
}
