package cn.yinling.hotline.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.RedisServer;

/**
 * A Redis server of the test's own, from the embedded-redis artifact on a free loopback port, that
 * the test may stop, start again (empty: nothing is kept on disk) and pause. Never the shared Redis.
 */
public final class StoppableRedis implements AutoCloseable {

    private static final ProtocolCommand DEBUG = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);

    private final int port;
    private RedisServer server;
    private CompletableFuture<Void> pause = CompletableFuture.completedFuture(null);

    private StoppableRedis(int port) {
        this.port = port;
    }

    public static StoppableRedis start() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoppableRedis redis = new StoppableRedis(port);
        redis.startServer();
        return redis;
    }

    public URI url() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port, with nothing in it (as a restart without persistence). */
    public void startAgain() {
        startServer();
    }

    public void restart() {
        stop();
        startAgain();
    }

    /** {@code DEBUG SLEEP}: the server stops answering for {@code length}; returns once it has. */
    public void pause(Duration length) {
        pause = CompletableFuture.runAsync(() -> {
            try (Jedis admin = client(length.plusSeconds(5))) {
                admin.sendCommand(DEBUG, "SLEEP", Double.toString(length.toMillis() / 1000.0));
            }
        });
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < until) {
            try (Jedis probe = client(Duration.ofMillis(100))) {
                probe.ping();
                Thread.sleep(20);
            } catch (JedisException asleep) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Redis did not pause");
    }

    /** Waits until a {@link #pause} is over. */
    public void awaitAwake() {
        pause.join();
    }

    @Override
    public void close() {
        awaitAwake();
        stop();
    }

    private Jedis client(Duration timeout) {
        return new Jedis(new HostAndPort("127.0.0.1", port),
                DefaultJedisClientConfig.builder().timeoutMillis((int) timeout.toMillis()).build());
    }

    private void startServer() {
        try {
            // No snapshot and no append-only file: a restart comes back empty, as the issue describes.
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Redis on port " + port, e);
        }
    }
}
