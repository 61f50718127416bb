package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.wechat.WechatBenchSigner;
import cn.yinling.hotline.bot.wechat.WechatProperties;
import cn.yinling.hotline.cases.demo.DemoStreet;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load on a running hotline's WeChat callback: signed text messages (plaintext, or {@code --safe})
 * exactly as WeChat sends them — signed by module bot's own {@code WechatClient} — at a fixed rate
 * for a fixed time, from many openids (the demo street's bound family members and unbound
 * followers), with a share of WeChat-style retries (the same MsgId again). Open loop: message i is due at
 * {@code start + i / rate} and its latency counts from then, so a slow server cannot slow the
 * schedule down and hide its own queueing (coordinated omission). At most {@code --concurrency}
 * requests are in flight; a message that cannot get a slot is still timed from its due time.
 * Loopback only.
 *
 * <pre>./mvnw -q -B -o -pl bench exec:exec@wechat-load -Dload.args="--rate 1500 --duration 20"</pre>
 */
public final class WechatLoadHarness {

    static final String USAGE = """
            usage: WechatLoadHarness [--url U] [--rate MSG_PER_S] [--duration S] [--warm-up S] [--concurrency N]
                                     [--openids N] [--bound-share F] [--duplicate-share F] [--timeout S] [--safe]
                                     [--token T] [--app-id A] [--aes-key K] [--seed N]
              --url              callback (default http://127.0.0.1:8080/wechat/callback; loopback only)
              --rate             target messages per second (default 3000)
              --duration         measured seconds (default 20; at most 600)
              --warm-up          seconds at the same rate before measuring, not counted (default 5)
              --concurrency      most requests in flight (default 256)
              --openids          distinct unbound senders (default 2000)
              --bound-share      share of messages from the demo street's bound family members (default 0.1)
              --duplicate-share  share of messages that resend a recent MsgId, as WeChat retries (default 0.05)
              --timeout          per-request timeout in seconds (default 10)
              --safe             safe mode: AES-encrypted bodies with msg_signature""";

    /** Bound senders: 王磊 and the generated family members of the demo street. */
    static final List<String> BOUND_OPENIDS = boundOpenids();
    /** Bound senders: read-only questions about their elder (no bookings, no hand-overs: the run must not pile up cases). */
    static final List<String> BOUND_TEXTS = List.of("查一下补贴余额", "我妈还剩多少小时", "查询我的预约", "补贴什么时候过期");
    /** Unbound senders: policy questions and a request that gets the short binding answer. */
    static final List<String> UNBOUND_TEXTS = List.of("高新区的补贴政策是什么", "农村75岁老人有什么补贴", "马鞍山服务券怎么用",
            "助浴多少钱", "查一下补贴余额", "你好");
    private static final int RECENT = 4096;

    private record Options(URI url, double rate, int duration, int warmUp, int concurrency, int openids,
            double boundShare, double duplicateShare, int timeout, boolean safe, String token, String appId,
            String aesKey, long seed) {
    }

    /** One planned message. */
    private record Planned(String openid, String text, long msgId, boolean duplicate) {
    }

    /** A message due (at {@code nanos}) and waiting for a free connection. */
    private record Due(Planned message, long nanos) {
    }

    /** Results of one phase. */
    private static final class Tally {
        final long[] latencyMicros;
        final AtomicInteger latencies = new AtomicInteger();
        final LongAdder scheduled = new LongAdder();
        final LongAdder sent = new LongAdder();
        final LongAdder ok = new LongAdder();
        final LongAdder passive = new LongAdder();
        final LongAdder success = new LongAdder();
        final LongAdder busy = new LongAdder();
        final LongAdder duplicatesSent = new LongAdder();
        final LongAdder duplicatesDeduplicated = new LongAdder();
        final LongAdder duplicatesAnsweredInFull = new LongAdder();
        final LongAdder originalsAnsweredSuccess = new LongAdder();
        final LongAdder unsent = new LongAdder();
        final ConcurrentHashMap<String, LongAdder> errors = new ConcurrentHashMap<>();
        /** MsgId → how many of its deliveries got a full passive reply. */
        final ConcurrentHashMap<Long, AtomicInteger> fullReplies = new ConcurrentHashMap<>();
        final AtomicLong lastDoneNanos = new AtomicLong();

        /** The second of the run each latency's message was due in (to show when the tail happened). */
        final int[] dueSecond;
        /** When the run's schedule started (nanoTime). */
        long start;

        Tally(int capacity) {
            latencyMicros = new long[capacity];
            dueSecond = new int[capacity];
        }

        void latency(long micros, long due) {
            int i = latencies.getAndIncrement();
            if (i < latencyMicros.length) {
                latencyMicros[i] = micros;
                dueSecond[i] = (int) ((due - start) / 1_000_000_000L);
            }
        }

        void error(String what) {
            errors.computeIfAbsent(what, k -> new LongAdder()).increment();
        }
    }

    private WechatLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        for (InetAddress a : InetAddress.getAllByName(o.url().getHost())) {
            if (!a.isLoopbackAddress()) {
                System.err.println("refused: " + o.url().getHost() + " is not a loopback address; this harness only loads a local instance");
                System.exit(2);
            }
        }
        WechatBenchSigner signer = new WechatBenchSigner(o.url(), o.token(), o.appId(), o.aesKey(), o.safe(), Clock.systemUTC());
        String busyText = new Messages().text("wechat.busy");
        System.out.printf(Locale.ROOT, "WeChat callback load: %s, %s mode, %.0f msg/s for %d s (+%d s warm-up), "
                + "at most %d in flight, %d unbound openids + %d bound (%.0f %%), %.0f %% duplicates%n", o.url(),
                o.safe() ? "safe" : "plaintext", o.rate(), o.duration(), o.warmUp(), o.concurrency(), o.openids(),
                BOUND_OPENIDS.size(), o.boundShare() * 100, o.duplicateShare() * 100);
        SplittableRandom random = new SplittableRandom(o.seed());
        AtomicLong nextMsgId = new AtomicLong(System.currentTimeMillis() * 1000);
        int port = o.url().getPort() < 0 ? 80 : o.url().getPort();
        try (KeepAliveClient http = new KeepAliveClient(new InetSocketAddress(o.url().getHost(), port), o.concurrency(),
                TimeUnit.SECONDS.toNanos(o.timeout()))) {
            if (o.warmUp() > 0) {
                phase(o, o.warmUp(), signer, http, busyText, random, nextMsgId);
                System.out.println("warm-up done");
            }
            Tally t = phase(o, o.duration(), signer, http, busyText, random, nextMsgId);
            report(o, t);
        }
        System.exit(0);
    }

    /** One thread plans, signs, sends and tallies: messages due but without a free connection wait their turn. */
    private static Tally phase(Options o, int seconds, WechatBenchSigner signer, KeepAliveClient http, String busyText,
            SplittableRandom random, AtomicLong nextMsgId) throws IOException {
        long total = Math.round(o.rate() * seconds);
        Tally t = new Tally((int) Math.min(total, Integer.MAX_VALUE - 8));
        Planned[] recent = new Planned[RECENT];
        int recentCount = 0;
        ArrayDeque<Due> waiting = new ArrayDeque<>();
        double intervalNanos = 1e9 / o.rate();
        long start = System.nanoTime();
        t.start = start;
        // Bounded in time: nothing is started after the schedule's end plus the request timeout.
        long sendDeadline = start + TimeUnit.SECONDS.toNanos(seconds) + TimeUnit.SECONDS.toNanos(o.timeout());
        long i = 0;
        while (i < total || !waiting.isEmpty() || http.inFlight() > 0) {
            long now = System.nanoTime();
            if (now - sendDeadline > 0) {
                t.unsent.add(total - i + waiting.size());
                waiting.clear();
                i = total;
                if (http.inFlight() == 0) {
                    break;
                }
            }
            while (i < total && start + (long) (i * intervalNanos) - now <= 0) {
                Planned p;
                if (recentCount > 0 && random.nextDouble() < o.duplicateShare()) {
                    Planned original = recent[random.nextInt(Math.min(recentCount, RECENT))];
                    p = new Planned(original.openid(), original.text(), original.msgId(), true);
                } else if (random.nextDouble() < o.boundShare()) {
                    p = new Planned(BOUND_OPENIDS.get(random.nextInt(BOUND_OPENIDS.size())),
                            BOUND_TEXTS.get(random.nextInt(BOUND_TEXTS.size())), nextMsgId.incrementAndGet(), false);
                } else {
                    p = new Planned(String.format(Locale.ROOT, "load-openid-%05d", random.nextInt(o.openids())),
                            UNBOUND_TEXTS.get(random.nextInt(UNBOUND_TEXTS.size())), nextMsgId.incrementAndGet(), false);
                }
                if (!p.duplicate()) {
                    recent[recentCount++ % RECENT] = p;
                }
                waiting.add(new Due(p, start + (long) (i * intervalNanos)));
                t.scheduled.increment();
                i++;
            }
            while (!waiting.isEmpty() && http.canSend()) {
                Due d = waiting.poll();
                send(o, d.message(), d.nanos(), signer, http, busyText, t);
            }
            long untilNext = i < total ? start + (long) (i * intervalNanos) - System.nanoTime() : 50_000_000L;
            http.poll(Math.max(0, Math.min(untilNext, 50_000_000L)));
        }
        long lastDone = t.lastDoneNanos.get();
        t.lastDoneNanos.set((lastDone == 0 ? System.nanoTime() : lastDone) - start); // from now on: elapsed nanos
        return t;
    }

    private static void send(Options o, Planned p, long due, WechatBenchSigner signer, KeepAliveClient http, String busyText,
            Tally t) {
        WechatBenchSigner.Signed s = signer.signedText(p.openid(), p.text(), p.msgId());
        byte[] body = s.body().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + o.url().getRawPath() + "?" + s.query() + " HTTP/1.1\r\nHost: " + o.url().getHost()
                + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        t.sent.increment();
        if (p.duplicate()) {
            t.duplicatesSent.increment();
        }
        http.send(request, new KeepAliveClient.Done() {
            @Override
            public void completed(int status, String responseBody) {
                long now = System.nanoTime();
                t.lastDoneNanos.accumulateAndGet(now, Math::max);
                if (status != 200) {
                    t.error("HTTP " + status);
                    return;
                }
                t.latency((now - due) / 1_000, due);
                t.ok.increment();
                String text = o.safe() ? signer.replyText(responseBody) : plainReply(responseBody);
                if (text == null) {
                    t.success.increment();
                    if (p.duplicate()) {
                        t.duplicatesDeduplicated.increment();
                    } else {
                        t.originalsAnsweredSuccess.increment();
                    }
                    return;
                }
                if (text.contains(busyText)) {
                    t.busy.increment();
                } else {
                    t.passive.increment();
                }
                if (p.duplicate()) {
                    t.duplicatesAnsweredInFull.increment();
                }
                t.fullReplies.computeIfAbsent(p.msgId(), k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void failed(String why) {
                t.lastDoneNanos.accumulateAndGet(System.nanoTime(), Math::max);
                t.error(why);
            }
        });
    }

    /** Plaintext: null for "success"/empty, else the body (the XML carries the reply's text). */
    private static String plainReply(String body) {
        if (body == null || body.isBlank() || "success".equals(body.strip())) {
            return null;
        }
        return body;
    }

    private static void report(Options o, Tally t) {
        int count = Math.min(t.latencies.get(), t.latencyMicros.length);
        long[] lat = Arrays.copyOf(t.latencyMicros, count);
        Arrays.sort(lat);
        double elapsed = Math.max(t.lastDoneNanos.get(), 1) / 1e9;
        long processedTwice = t.fullReplies.values().stream().filter(n -> n.get() > 1).count();
        System.out.printf(Locale.ROOT, "messages planned         %d (%.0f msg/s for %d s)%n", t.sent.sum() + t.unsent.sum(), o.rate(), o.duration());
        System.out.printf(Locale.ROOT, "messages sent            %d (never sent: %d, no free slot before the end of the run + timeout)%n",
                t.sent.sum(), t.unsent.sum());
        System.out.printf(Locale.ROOT, "answered 200             %d in %.2f s = %.0f msg/s achieved%n", t.ok.sum(), elapsed, t.ok.sum() / elapsed);
        if (lat.length > 0) {
            System.out.printf(Locale.ROOT, "latency from due time    p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n", pct(lat, 0.50),
                    pct(lat, 0.90), pct(lat, 0.99), lat[lat.length - 1] / 1000.0);
            System.out.println("p99 by second due (ms)   " + p99BySecond(t, count, o.duration()));
        }
        System.out.printf(Locale.ROOT, "answers                  passive reply %d, busy reply %d, \"success\" %d (originals answered \"success\": %d)%n",
                t.passive.sum(), t.busy.sum(), t.success.sum(), t.originalsAnsweredSuccess.sum());
        Map<String, Long> errors = new TreeMap<>();
        t.errors.forEach((k, v) -> errors.put(k, v.sum()));
        System.out.println("errors                   " + (errors.isEmpty() ? "none" : errors));
        System.out.printf(Locale.ROOT, "duplicates               sent %d, de-duplicated (\"success\") %d, answered in full %d; "
                + "MsgIds processed more than once: %d%n", t.duplicatesSent.sum(), t.duplicatesDeduplicated.sum(),
                t.duplicatesAnsweredInFull.sum(), processedTwice);
    }

    private static List<String> boundOpenids() {
        List<String> openids = new ArrayList<>();
        openids.add(DemoStreet.DEMO_OPENID);
        for (int i = 0; i < DemoStreet.FAMILY_ON_WECHAT; i++) {
            openids.add(DemoStreet.familyOpenid(i));
        }
        return List.copyOf(openids);
    }

    /** One p99 per second of the schedule, in order: whether the tail is spread out or comes in bursts. */
    private static String p99BySecond(Tally t, int count, int seconds) {
        List<List<Long>> bySecond = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            bySecond.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            int s = Math.min(Math.max(t.dueSecond[i], 0), seconds - 1);
            bySecond.get(s).add(t.latencyMicros[i]);
        }
        StringBuilder out = new StringBuilder();
        for (List<Long> second : bySecond) {
            long[] sorted = second.stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(sorted.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f", pct(sorted, 0.99))).append(' ');
        }
        return out.toString().strip();
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1000.0;
    }

    private static Options parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--safe".equals(a)) {
                m.put("safe", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                m.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
        }
        try {
            Options o = new Options(URI.create(m.getOrDefault("url", "http://127.0.0.1:8080/wechat/callback")),
                    Double.parseDouble(m.getOrDefault("rate", "3000")), Integer.parseInt(m.getOrDefault("duration", "20")),
                    Integer.parseInt(m.getOrDefault("warm-up", "5")), Integer.parseInt(m.getOrDefault("concurrency", "256")),
                    Integer.parseInt(m.getOrDefault("openids", "2000")), Double.parseDouble(m.getOrDefault("bound-share", "0.1")),
                    Double.parseDouble(m.getOrDefault("duplicate-share", "0.05")), Integer.parseInt(m.getOrDefault("timeout", "10")),
                    m.containsKey("safe"), m.getOrDefault("token", WechatProperties.DEMO_TOKEN),
                    m.getOrDefault("app-id", WechatProperties.DEMO_APP_ID), m.getOrDefault("aes-key", WechatProperties.DEMO_AES_KEY),
                    Long.parseLong(m.getOrDefault("seed", "42")));
            if (o.rate() <= 0 || o.rate() > 50_000 || o.duration() < 1 || o.duration() > 600 || o.warmUp() < 0
                    || o.warmUp() > 120 || o.concurrency() < 1 || o.concurrency() > 4096 || o.openids() < 1
                    || o.boundShare() < 0 || o.boundShare() > 1 || o.duplicateShare() < 0 || o.duplicateShare() >= 1
                    || o.timeout() < 1 || o.timeout() > 60 || o.url().getHost() == null) {
                throw new IllegalArgumentException("an option is out of range");
            }
            return o;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }
}
