package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The deployment files of {@code config/deploy} against the application they front: a renamed event
 * stream or console path, or a lost hardening line, fails here instead of on a server. The whole set-up
 * is tried by {@code config/deploy/two-nodes.sh} (docs/operate.md), which CI does not run; nginx's own
 * check of the files runs here only where nginx is installed.
 */
class ShippedDeployConfigTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern LOCATION = Pattern.compile("location\\s+(=|\\^~|~)?\\s*(\\S+)\\s*\\{([^}]*)}");

    private final String locations = read(DEPLOY.resolve("nginx/hotline-locations.conf"));

    @Test
    void everyEventStreamOfTheConsoleIsProxiedUnbufferedWithALongReadTimeout() {
        List<String> streams = eventStreamPaths();
        assertThat(streams).contains("/api/console/queue/stream", "/api/console/me/pops");
        Location streaming = locations().stream().filter(l -> l.body().contains("proxy_buffering off")).findFirst().orElseThrow();
        assertThat(streaming.modifier()).isEqualTo("~");
        for (String path : streams) {
            assertThat(Pattern.compile(streaming.path()).matcher(path).find()).as(path).isTrue();
        }
        assertThat(streaming.body()).contains("proxy_read_timeout 1h").contains("$yinling_console");
    }

    @Test
    void everyConsolePathGoesToTheNodeThatHoldsTheSignIn() throws ReflectiveOperationException {
        Field paths = Class.forName("cn.yinling.hotline.console.security.ConsoleSecurity").getDeclaredField("CONSOLE_PATHS");
        paths.setAccessible(true);
        for (String pattern : (String[]) paths.get(null)) {
            String base = pattern.replace("/**", "");
            assertThat(locations()).as(pattern).anySatisfy(l -> {
                assertThat(List.of(base, base + "/")).contains(l.path());
                assertThat(l.body()).contains("proxy_pass http://$yinling_console;").contains("yinling_node=$yinling_node");
            });
        }
    }

    @Test
    void actuatorIsClosedAtTheProxyBeforeAnyOtherLocation() {
        assertThat(locations()).anySatisfy(l -> {
            assertThat(l.modifier()).isEqualTo("^~");
            assertThat(l.path()).isEqualTo("/actuator");
            assertThat(l.body().strip()).isEqualTo("return 404;");
        });
    }

    @Test
    void theProxyReplacesTheClientsForwardedForInsteadOfAppendingToIt() {
        assertThat(locations).contains("proxy_set_header X-Forwarded-For   $remote_addr;")
                .doesNotContain("proxy_add_x_forwarded_for");
    }

    @Test
    void theUnitRunsTheJarWithTheProdProfileAsItsOwnUserHardened() {
        String unit = read(DEPLOY.resolve("systemd/yinling-hotline@.service"));
        assertThat(unit).contains("ExecStart=/usr/bin/java $JAVA_OPTS -jar /opt/yinling/hotline.jar --spring.profiles.active=prod",
                "EnvironmentFile=/etc/yinling/hotline-%i.env", "User=yinling", "Restart=on-failure", "NoNewPrivileges=yes",
                "ProtectSystem=strict", "ReadWritePaths=/var/lib/yinling/%i", "PrivateTmp=yes", "SuccessExitStatus=143");
        assertThat(unit).doesNotContain("MemoryDenyWriteExecute=yes");
    }

    @Test
    void nginxAcceptsTheShippedFiles(@TempDir Path dir) throws IOException, InterruptedException {
        Path nginx = Path.of("/usr/sbin/nginx");
        Path stream = Path.of("/usr/lib/nginx/modules/ngx_stream_module.so");
        assumeTrue(Files.isExecutable(nginx) && Files.exists(stream), "nginx and libnginx-mod-stream are not installed");
        for (String file : List.of("hotline-upstreams.conf", "hotline-locations.conf", "fastagi-stream.conf")) {
            Files.copy(DEPLOY.resolve("nginx").resolve(file), dir.resolve(file));
        }
        // -t reads everything and binds nothing; the TLS server's certificate is left out, and with it the ssl flag.
        Files.writeString(dir.resolve("site.conf"), read(DEPLOY.resolve("nginx/yinling-hotline.conf"))
                .replace("/etc/nginx/yinling/", dir + "/")
                .replaceAll("ssl_certificate(_key)?\\s+[^;]+;", "")
                .replace(" ssl http2;", ";"));
        Files.writeString(dir.resolve("nginx.conf"), """
                load_module %s;
                pid %s/nginx.pid;
                error_log stderr;
                events {}
                include %s/fastagi-stream.conf;
                http { include %s/site.conf; }
                """.formatted(stream, dir, dir, dir));
        Process p = new ProcessBuilder(nginx.toString(), "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("test is successful");
    }

    private static List<String> eventStreamPaths() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> paths = new ArrayList<>();
        for (BeanDefinition controller : scan.findCandidateComponents("cn.yinling.hotline")) {
            try {
                for (Method m : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
                    GetMapping get = m.getAnnotation(GetMapping.class);
                    if (get != null && Arrays.asList(get.produces()).contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
                        paths.addAll(Arrays.asList(get.path().length > 0 ? get.path() : get.value()));
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return paths;
    }

    private List<Location> locations() {
        List<Location> found = new ArrayList<>();
        Matcher m = LOCATION.matcher(locations.replaceAll("(?m)#.*$", ""));
        while (m.find()) {
            found.add(new Location(m.group(1) == null ? "" : m.group(1), m.group(2), m.group(3)));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Location(String modifier, String path, String body) {
    }
}
