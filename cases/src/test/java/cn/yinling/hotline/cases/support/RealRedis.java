package cn.yinling.hotline.cases.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * A real Redis server for tests: the one named by {@code HOTLINE_TEST_REDIS_URL}, else one
 * started once per JVM from the embedded-redis Maven artifact on a free loopback port.
 */
public final class RealRedis {

    private static URI url;

    private RealRedis() {
    }

    public static synchronized URI url() {
        if (url == null) {
            String configured = System.getenv("HOTLINE_TEST_REDIS_URL");
            url = configured != null && !configured.isBlank() ? URI.create(configured) : startEmbedded();
        }
        return url;
    }

    private static URI startEmbedded() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            RedisServer server = new RedisServer(port);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return URI.create("redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded Redis", e);
        }
    }
}
