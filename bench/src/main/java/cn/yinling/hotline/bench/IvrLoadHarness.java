package cn.yinling.hotline.bench;

import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.demo.DemoClock;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.Caller;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.PlayedPrompt;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load on the voice hotline: {@code --calls} simulated phone lines, each placing calls one after
 * another into the FastAGI server for the whole run, over real TCP with the AGI simulator (the same
 * code as the tests and the {@code dial} command), in real time (prompts play and elders take their
 * time, so calls last tens of seconds and overlap). Half the calls ask for the balance (menu 2, hear
 * it, hang up), half book (menu 1, category, service, day, afternoon, hang up at the read-back, or at the
 * self-pay question when the subsidy is used up — so a run books nothing and can be repeated). Lines start evenly over {@code --ramp}; then every line is in
 * a call or about to start the next one, and {@code --duration} seconds are measured.
 *
 * <p>Measured per AGI command: from the moment the simulator wrote the previous reply (or the
 * environment) to the moment it read the server's next command — the server's time to answer
 * plus the loopback's. Each prompt (announced by {@code VERBOSE}) follows a dialog-engine turn (NLU
 * state, the case database); the other commands are the IVR alone.
 *
 * <p>By default the hotline runs in this JVM on embedded defaults (H2 in memory with the demo
 * street, in-memory sessions); each line calls from its own number, registered to one of the demo
 * street's subsidised elders, so every call is a recognised caller with its own session. With
 * {@code --host/--port} it calls a running hotline instead; its callers then come from unregistered
 * numbers and key a featured demo elder's registered phone and ID digits when asked, as an unknown
 * caller does (four elders only, so their booking checks queue on the elders' entitlement locks).
 *
 * <pre>./mvnw -q -B -pl bench exec:exec@ivr-load -Dload.args="--calls 2000 --ramp 60 --duration 60"</pre>
 */
@SpringBootApplication(scanBasePackages = {"cn.yinling.hotline.cases", "cn.yinling.hotline.bot", "cn.yinling.hotline.ivr"})
@AutoConfigurationPackage(basePackages = "cn.yinling.hotline") // entities and repositories live in cases
public class IvrLoadHarness {

    static final String USAGE = """
            usage: IvrLoadHarness [--calls N] [--ramp S] [--duration S] [--pace F] [--booking-share F]
                                  [--host H --port P] [--seed N]
              --calls          simulated phone lines, each in a call for the whole run (default 2000)
              --ramp           seconds over which the lines start, evenly (default 60)
              --duration       measured seconds once every line has started (default 60)
              --pace           1 = real time (default); 0.5 = prompts and elders twice as fast
              --booking-share  share of calls that book; the rest ask for the balance (default 0.5)
              --host, --port   a running hotline's FastAGI address (default: start one in this JVM)
              --seed           random seed of the callers' timing (default 1)
              --h2-query-cache statements H2 keeps parsed per connection, in this JVM (default 8, H2's own)""";

    /** Demo elders with a subsidy (docs/use.md): the numbers a newcomer calls from. */
    static final List<String> DEMO_ELDERS = List.of("13800000001", "0555-2100002", "13800000004", "13800000006");
    /** Their ID numbers' last four digits (docs/use.md demo table), which an unknown caller keys after the phone. */
    static final List<String> DEMO_ID_DIGITS = List.of("4151", "3792", "4183", "4203");
    private static final int MAX_SECONDS = 3600;
    private static final long CLIENT_STACK = 256 * 1024;

    private record Options(int calls, int ramp, int duration, double pace, double bookingShare, String host, int port,
            long seed, int h2QueryCache) {
        boolean inProcess() {
            return host == null;
        }
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
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ConfigurableApplicationContext ctx = null;
        FastAgiServer server = null;
        String host = o.host();
        int port = o.port();
        List<String> numbers;
        if (o.inProcess()) {
            ctx = startHotline(o.calls(), o.h2QueryCache());
            server = ctx.getBean(FastAgiServer.class);
            host = "127.0.0.1";
            port = server.port();
            numbers = registerLines(ctx, o.calls());
        } else {
            numbers = new ArrayList<>();
            for (int i = 0; i < o.calls(); i++) {
                numbers.add(String.format("1357%07d", i));
            }
        }
        Run run = new Run(o, new AgiSimulator(host, port, Duration.ofSeconds(120)).paced(o.pace()), numbers, server);
        System.out.printf(Locale.ROOT, "IVR load: %d lines, ramp %d s, measured %d s, pace %.2f, %s, %d CPUs, load average %.1f%n",
                o.calls(), o.ramp(), o.duration(), o.pace(), o.inProcess() ? "hotline in this JVM (H2, in-memory sessions)"
                        : "hotline at " + host + ":" + port, Runtime.getRuntime().availableProcessors(), loadBefore);
        int openCasesBefore = ctx == null ? 0 : ctx.getBean(Cases.class).queue().size();
        run.go();
        run.report(ManagementFactory.getOperatingSystemMXBean());
        if (ctx != null) {
            // Balance and read-back only: a run must leave the case queue as it found it.
            System.out.printf(Locale.ROOT, "open cases: %d before, %d after%n", openCasesBefore,
                    ctx.getBean(Cases.class).queue().size());
            ctx.close();
        }
        System.exit(run.errors.sum() == 0 ? 0 : 1);
    }

    private static ConfigurableApplicationContext startHotline(int calls, int h2QueryCache) {
        SpringApplication app = new SpringApplication(IvrLoadHarness.class);
        // The demo street replays its history through this clock at start-up.
        app.addInitializers(c -> c.getBeanFactory().registerSingleton("clock",
                new DemoClock(Clock.system(ZoneId.of("Asia/Shanghai")))));
        return app.run("--spring.datasource.url=jdbc:h2:mem:ivrload;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=" + h2QueryCache,
                "--hotline.cases.demo-data=true",
                "--spring.main.web-application-type=none", "--logging.level.root=warn",
                "--hotline.ivr.bind-address=127.0.0.1", "--hotline.ivr.port=0",
                "--hotline.ivr.pool-size=" + Math.max(2000, calls + 100));
    }

    /**
     * One number per line, each registered to one of the demo street's subsidised elders (round
     * robin), so each call has its own session and the elders' booking checks (which lock the elder's
     * entitlement) are spread as real callers spread them, not queued on a few elders.
     */
    private static List<String> registerLines(ConfigurableApplicationContext ctx, int calls) {
        Elders elders = ctx.getBean(Elders.class);
        Entitlements entitlements = ctx.getBean(Entitlements.class);
        List<ElderId> demo = ctx.getBean(ElderRepository.class).findAll().stream().map(Elder::elderId)
                .filter(id -> !entitlements.balances(id).isEmpty()).toList();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String number = String.format("1357%07d", i);
            elders.addPhone(demo.get(i % demo.size()), number);
            numbers.add(number);
        }
        return numbers;
    }

    /** The lines, their results and the server times measured. */
    private static final class Run {
        final Options o;
        final AgiSimulator simulator;
        final List<String> numbers;
        final FastAgiServer server;
        final LongAdder balanceCalls = new LongAdder();
        final LongAdder bookingCalls = new LongAdder();
        final LongAdder errors = new LongAdder();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        final Map<String, String> errorExamples = new ConcurrentHashMap<>();
        final List<long[]> afterKey = new ArrayList<>();
        final List<long[]> others = new ArrayList<>();
        final AtomicInteger peakActive = new AtomicInteger();
        final AtomicInteger peakCallThreads = new AtomicInteger();
        final AtomicInteger peakJvmThreads = new AtomicInteger();
        final AtomicInteger inCall = new AtomicInteger();
        final AtomicInteger peakInCall = new AtomicInteger();
        volatile boolean measuring;
        long measuredNanos;
        /** CPU time used in the measured window: the whole process, and by kind of thread (server, simulator). */
        long processCpuNanos;
        Map<String, Long> cpuByThreads = Map.of();

        Run(Options o, AgiSimulator simulator, List<String> numbers, FastAgiServer server) {
            this.o = o;
            this.simulator = simulator;
            this.numbers = numbers;
            this.server = server;
        }

        void go() throws InterruptedException {
            long start = System.nanoTime();
            long measureFrom = start + Duration.ofSeconds(o.ramp()).toNanos();
            long stopAt = measureFrom + Duration.ofSeconds(o.duration()).toNanos();
            CountDownLatch done = new CountDownLatch(o.calls());
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < o.calls(); i++) {
                long startAt = start + (long) ((double) i / o.calls() * Duration.ofSeconds(o.ramp()).toNanos());
                Line line = new Line(this, numbers.get(i), new SplittableRandom(o.seed() * 1_000_003 + i), startAt, stopAt);
                lines.add(line);
                Thread t = new Thread(null, () -> {
                    try {
                        line.run();
                    } finally {
                        done.countDown();
                    }
                }, "line-" + i, CLIENT_STACK);
                t.setDaemon(true);
                t.start();
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpuAtStart = null;
            long processCpuAtStart = 0;
            while (System.nanoTime() < stopAt || done.getCount() > 0) {
                long now = System.nanoTime();
                if (!measuring && cpuAtStart == null && now >= measureFrom && now < stopAt) {
                    measuring = true;
                    cpuAtStart = threadCpu(threads);
                    processCpuAtStart = processCpu();
                } else if (measuring && now >= stopAt) {
                    measuring = false;
                    processCpuNanos = processCpu() - processCpuAtStart;
                    cpuByThreads = cpuByKind(threads, cpuAtStart);
                }
                if (server != null) {
                    peakActive.accumulateAndGet(server.activeCalls(), Math::max);
                    peakCallThreads.accumulateAndGet(server.callThreads(), Math::max);
                }
                peakJvmThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
                if (done.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            measuredNanos = stopAt - measureFrom;
            for (Line l : lines) {
                afterKey.add(l.afterKey.toArray());
                others.add(l.others.toArray());
            }
        }

        private static Map<Long, Long> threadCpu(ThreadMXBean threads) {
            Map<Long, Long> cpu = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                cpu.put(id, threads.getThreadCpuTime(id));
            }
            return cpu;
        }

        /** CPU used since {@code before}, summed by thread kind: FastAGI call threads, simulated lines, the rest. */
        private static Map<String, Long> cpuByKind(ThreadMXBean threads, Map<Long, Long> before) {
            Map<String, Long> byKind = new java.util.TreeMap<>();
            for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t == null) {
                    continue;
                }
                long now = threads.getThreadCpuTime(t.getThreadId());
                if (now < 0) {
                    continue;
                }
                String kind = t.getThreadName().startsWith("fastagi-") ? "server call threads"
                        : t.getThreadName().startsWith("line-") ? "simulated lines" : "other threads";
                byKind.merge(kind, now - before.getOrDefault(t.getThreadId(), 0L), Long::sum);
            }
            return byKind;
        }

        private static long processCpu() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
        }

        void tally(String kind, CallRecord call) {
            errors.increment();
            errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            if (call != null) {
                List<String> t = call.transcript();
                errorExamples.putIfAbsent(kind, String.join("\n", t.subList(Math.max(0, t.size() - 12), t.size())));
            }
        }

        void report(OperatingSystemMXBean os) {
            long[] engine = merge(afterKey);
            long[] ivr = merge(others);
            long[] all = merge(List.of(engine, ivr));
            long calls = balanceCalls.sum() + bookingCalls.sum();
            System.out.printf(Locale.ROOT, "calls completed: %d (balance %d, booking %d), errors: %d%n", calls,
                    balanceCalls.sum(), bookingCalls.sum(), errors.sum());
            errorKinds.forEach((k, n) -> System.out.printf(Locale.ROOT, "  error %-28s %d%n  last lines:%n%s%n", k, n.sum(),
                    errorExamples.getOrDefault(k, "").indent(4)));
            System.out.printf(Locale.ROOT, "concurrent calls: peak %d in progress on the simulator side%s%n", peakInCall.get(),
                    server == null ? "" : ", peak " + peakActive.get() + " on the server");
            System.out.printf(Locale.ROOT, "AGI commands in the %d measured seconds: %d (%.0f/s)%n",
                    Duration.ofNanos(measuredNanos).toSeconds(), all.length, all.length / (measuredNanos / 1e9));
            line("server time, all commands", all);
            line("  prompts (after a dialog-engine turn)", engine);
            line("  other commands (IVR only)", ivr);
            double seconds = measuredNanos / 1e9;
            System.out.printf(Locale.ROOT, "CPU in the measured window: process %.2f cores%s%n", processCpuNanos / 1e9 / seconds,
                    cpuByThreads.entrySet().stream().map(e -> String.format(Locale.ROOT, ", %s %.2f", e.getKey(),
                            e.getValue() / 1e9 / seconds)).reduce("", String::concat));
            if (all.length > 0 && cpuByThreads.containsKey("server call threads")) {
                System.out.printf(Locale.ROOT, "server CPU per AGI command: %.3f ms (call threads only; GC and JIT not counted)%n",
                        cpuByThreads.get("server call threads") / 1e6 / all.length);
            }
            System.out.printf(Locale.ROOT, "threads: server call threads peak %s, JVM threads peak %d%s; load average now %.1f%n",
                    server == null ? "n/a (remote)" : Integer.toString(peakCallThreads.get()), peakJvmThreads.get(),
                    server == null ? "" : " (server and simulator share this JVM)", os.getSystemLoadAverage());
        }

        private static void line(String label, long[] nanos) {
            if (nanos.length == 0) {
                System.out.printf(Locale.ROOT, "%-36s none%n", label);
                return;
            }
            System.out.printf(Locale.ROOT, "%-36s n=%d p50=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms%n", label,
                    nanos.length, ms(nanos, 0.50), ms(nanos, 0.99), ms(nanos, 0.999), nanos[nanos.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
        }

        private static long[] merge(List<long[]> parts) {
            long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
            int n = 0;
            for (long[] p : parts) {
                System.arraycopy(p, 0, all, n, p.length);
                n += p.length;
            }
            Arrays.sort(all);
            return all;
        }
    }

    /** One phone line: calls one after another until the run ends, then finishes the call in progress. */
    private static final class Line {
        final Run run;
        final String number;
        final SplittableRandom random;
        final long startAt;
        final long stopAt;
        final Samples afterKey = new Samples();
        final Samples others = new Samples();

        Line(Run run, String number, SplittableRandom random, long startAt, long stopAt) {
            this.run = run;
            this.number = number;
            this.random = random;
            this.startAt = startAt;
            this.stopAt = stopAt;
        }

        void run() {
            sleepUntil(startAt);
            while (System.nanoTime() < stopAt) {
                boolean booking = random.nextDouble() < run.o.bookingShare();
                call(booking);
            }
        }

        private void call(boolean booking) {
            List<String> keys = new ArrayList<>();
            keys.add(booking ? "1" : "2");
            if (!run.o.inProcess()) {
                // An unregistered number: the hotline asks for the registered phone, then the ID digits.
                int elder = Math.floorMod(number.hashCode(), DEMO_ELDERS.size());
                keys.add(DEMO_ELDERS.get(elder).replace("-", "") + "#");
                keys.add(DEMO_ID_DIGITS.get(elder) + "#");
            }
            if (booking) {
                keys.addAll(List.of("1", "1", "1", "2")); // category, service, day, afternoon
            }
            ElderOnThePhone elder = new ElderOnThePhone(keys, random);
            int now = run.inCall.incrementAndGet();
            run.peakInCall.accumulateAndGet(now, Math::max);
            CallRecord call = null;
            try {
                call = run.simulator.timing(this::took).call("hotline", number, null, elder, p -> {
                });
                String problem = check(call, booking);
                if (problem != null) {
                    run.tally(problem, call);
                } else if (booking) {
                    run.bookingCalls.increment();
                } else {
                    run.balanceCalls.increment();
                }
            } catch (IOException e) {
                run.tally("io: " + e.getClass().getSimpleName(), null);
            } finally {
                run.inCall.decrementAndGet();
            }
        }

        private String check(CallRecord call, boolean booking) {
            if (!call.closedByServer()) {
                return "server did not close";
            }
            if (call.end() != CallEnd.HUNG_UP_BY_CALLER) {
                return "ended " + call.end();
            }
            String heard = call.heard();
            // A booking ends at the read-back, or, when the subsidy is used up, at the self-pay question.
            if (booking ? !heard.contains("确认") && !heard.contains("自费") : !heard.contains("还有")) {
                return booking ? "no booking read-back" : "no balance";
            }
            return null;
        }

        /** Each prompt is announced with VERBOSE right after the dialog engine's turn that chose it. */
        private void took(String command, long nanos) {
            if (run.measuring) {
                (command.startsWith("VERBOSE") ? afterKey : others).add(nanos);
            }
        }

        private static void sleepUntil(long nanoTime) {
            long wait = nanoTime - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * The elder on the line: presses each key some seconds into the question (often before the
         * prompt ends, sometimes after), and after the last one listens a little, then hangs up.
         */
        private final class ElderOnThePhone implements Caller {
            private final Deque<String> keys;
            private final SplittableRandom random;

            ElderOnThePhone(List<String> keys, SplittableRandom random) {
                this.keys = new ArrayDeque<>(keys);
                this.random = random;
            }

            @Override
            public CallerStep answer(PlayedPrompt prompt) {
                if (keys.isEmpty()) {
                    return new CallerStep.HangUp(2.0 + random.nextDouble() * 3.0);
                }
                return new CallerStep.Keys(keys.poll(), 1.5 + random.nextDouble() * Math.min(prompt.seconds(), 8.0));
            }
        }
    }

    /** A growable array of samples, one per line (no sharing between threads while measuring). */
    private static final class Samples {
        private long[] values = new long[256];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static Options parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("bad argument: " + args[i]);
            }
            a.put(args[i].substring(2), args[++i]);
        }
        for (String k : a.keySet()) {
            if (!List.of("calls", "ramp", "duration", "pace", "booking-share", "host", "port", "seed", "h2-query-cache")
                    .contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        Options o = new Options(Integer.parseInt(a.getOrDefault("calls", "2000")),
                Integer.parseInt(a.getOrDefault("ramp", "60")), Integer.parseInt(a.getOrDefault("duration", "60")),
                Double.parseDouble(a.getOrDefault("pace", "1")), Double.parseDouble(a.getOrDefault("booking-share", "0.5")),
                a.get("host"), Integer.parseInt(a.getOrDefault("port", "4573")), Long.parseLong(a.getOrDefault("seed", "1")),
                Integer.parseInt(a.getOrDefault("h2-query-cache", "8")));
        if (o.h2QueryCache() < 0) {
            throw new IllegalArgumentException("h2-query-cache >= 0");
        }
        if (o.calls() < 1 || o.ramp() < 0 || o.duration() < 1 || o.ramp() + o.duration() > MAX_SECONDS || o.pace() <= 0
                || o.bookingShare() < 0 || o.bookingShare() > 1) {
            throw new IllegalArgumentException("calls >= 1, 0 <= ramp, 1 <= duration, ramp + duration <= 3600, pace > 0, "
                    + "0 <= booking-share <= 1");
        }
        return o;
    }
}
