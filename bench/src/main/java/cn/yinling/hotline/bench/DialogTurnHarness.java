package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.faq.PolicyFaq;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.session.InMemorySessionStore;
import cn.yinling.hotline.bot.session.RedisSessionStore;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.demo.DemoClock;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Identification;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.support.RealRedis;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import redis.clients.jedis.RedisClient;

/**
 * Dialog-turn latency, in-process: the engine with the real NLU and an H2 case database, driven
 * through a balance query and a booking up to its read-back, once with in-memory sessions and
 * once with Redis ({@code HOTLINE_TEST_REDIS_URL}, else an embedded Redis). Prints p50/p99.
 */
@SpringBootApplication(scanBasePackages = "cn.yinling.hotline")
@AutoConfigurationPackage(basePackages = "cn.yinling.hotline") // entities and repositories live in cases
public class DialogTurnHarness {

    private static final int WARM_UP_ROUNDS = 1000;
    private static final int ROUNDS = 1000;

    @Bean
    Clock clock() {
        // The demo street replays its history through this clock at start-up.
        return new DemoClock(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplication(DialogTurnHarness.class).run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--hotline.cases.demo-data=true",
                "--spring.main.web-application-type=none", "--logging.level.root=warn",
                "--hotline.ivr.enabled=false")) { // module ivr is on the bench classpath for IvrLoadHarness
            List<String> callers = List.of("13800000001", "13800000004", "0555-2100002", "13800000006");
            report("in-memory sessions", run(ctx, new InMemorySessionStore(ctx.getBean(Clock.class)), callers));
            URI redisUrl = RealRedis.url();
            try (RedisClient redis = RedisClient.create(redisUrl)) {
                report("Redis sessions (" + redisUrl + ")", run(ctx, new RedisSessionStore(redis, "bench:", Duration.ofMinutes(30)), callers));
            }
        }
        System.exit(0);
    }

    private static final String[] TURN_NAMES = {"start", "balance", "book", "pick day", "pick time + quote", "hang up"};

    private static long[] run(ConfigurableApplicationContext ctx, SessionStore store, List<String> callers) {
        DialogEngine engine = new DialogEngine(ctx.getBean(Nlu.class), store, Duration.ofMinutes(30), 500,
                ctx.getBean(PolicyFaq.class), ctx.getBean(Elders.class), ctx.getBean(Identification.class),
                ctx.getBean(Entitlements.class),
                ctx.getBean(Bookings.class), ctx.getBean(ServiceCatalog.class), ctx.getBean(Cases.class),
                ctx.getBean(Conversations.class), ctx.getBean(Clock.class));
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            conversation(engine, callers.get(r % callers.size()), null, 0);
        }
        long[] samples = new long[ROUNDS * TURN_NAMES.length];
        int n = 0;
        for (int r = 0; r < ROUNDS; r++) {
            n = conversation(engine, callers.get(r % callers.size()), samples, n);
        }
        for (int k = 0; k < TURN_NAMES.length; k++) {
            long[] ofKind = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                ofKind[r] = samples[r * TURN_NAMES.length + k];
            }
            report("  " + TURN_NAMES[k], ofKind);
        }
        return Arrays.copyOf(samples, n);
    }

    /** One call: greeting, balance, a booking to its read-back, hang-up. Returns the next free sample slot. */
    private static int conversation(DialogEngine engine, String phone, long[] samples, int n) {
        List<Inbound> turns = List.of(
                Inbound.event(Channel.VOICE, phone, InputKind.START),
                Inbound.text(Channel.VOICE, phone, "我还剩多少小时"),
                Inbound.text(Channel.VOICE, phone, "我想预约保洁"),
                Inbound.digits(Channel.VOICE, phone, "1"),
                Inbound.digits(Channel.VOICE, phone, "1"),
                Inbound.event(Channel.VOICE, phone, InputKind.HANGUP));
        for (Inbound in : turns) {
            long t0 = System.nanoTime();
            engine.handle(in);
            long micros = (System.nanoTime() - t0) / 1_000;
            if (samples != null) {
                samples[n++] = micros;
            }
        }
        return n;
    }

    private static void report(String label, long[] micros) {
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-40s turns=%d p50=%.2f ms p99=%.2f ms max=%.2f ms%n", label, micros.length,
                micros[micros.length / 2] / 1000.0, micros[(int) (micros.length * 0.99)] / 1000.0,
                micros[micros.length - 1] / 1000.0);
    }
}
