package cn.yinling.hotline.ivr.agi;

import cn.yinling.hotline.ivr.IvrProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
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
 */
public class FastAgiServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);
    private static final int BACKLOG = 200;

    private final IvrProperties properties;
    private final Map<String, AgiScript> scripts;
    private volatile Server server;
    private volatile ServerSocket socket;

    public FastAgiServer(IvrProperties properties, Map<String, AgiScript> scripts) {
        this.properties = properties;
        this.scripts = Map.copyOf(scripts);
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
        Server s = new Server(mapping, new BoundServerSocket(socket));
        s.setPort(socket.getLocalPort()); // only for its log line; the socket is already bound
        s.setPoolSize(properties.poolSize());
        s.setMaximumPoolSize(properties.poolSize());
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
        log.info("FastAGI server listening on {}:{} for scripts {} (pool {})", properties.bindAddress(), port(),
                scripts.keySet(), properties.poolSize());
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

    /** Calls being served right now (one pool thread each). */
    public int activeCalls() {
        Server s = server;
        return s == null ? 0 : s.getPoolActiveTaskCount();
    }

    /** Asterisk-Java's server on a socket we bound ourselves (it has no way to tell the port it chose). */
    private static final class Server extends DefaultAgiServer {
        private final ServerSocketFacade bound;

        Server(SimpleMappingStrategy mapping, ServerSocketFacade bound) {
            super(mapping);
            this.bound = bound;
        }

        @Override
        protected ServerSocketFacade createServerSocket() {
            return bound;
        }
    }
}
