package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.SafetyNetClassifier;
import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU time of one whole {@link Nlu#parse}, per call, beside its wall time: on a machine shared
 * with other work the wall-time tail is the scheduler's, the CPU time is the code's.
 * <pre>NluCpuTimeHarness FILE.jsonl [passes]</pre>
 * 30 warm-up passes over the texts of FILE, then {@code passes} (20) measured ones.
 */
public final class NluCpuTimeHarness {

    private NluCpuTimeHarness() {
    }

    public static void main(String[] args) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).get("text").asString());
            }
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Nlu nlu = new Nlu(new SafetyNetClassifier(new OpenNlpIntentClassifier()), new RuleSlotExtractor(),
                OpenNlpIntentClassifier.RECOMMENDED_CONFIDENCE_THRESHOLD);
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        for (int pass = 0; pass < 30; pass++) {
            texts.forEach(t -> nlu.parse(t, clock));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = texts.size() * passes;
        long[] cpu = new long[n];
        long[] wall = new long[n];
        for (int i = 0; i < n; i++) {
            String text = texts.get(i % texts.size());
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            nlu.parse(text, clock);
            wall[i] = System.nanoTime() - wall0;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%d calls: CPU time p50 %d µs, p99 %d µs, p99.9 %d µs; wall time p50 %d µs, p99 %d µs%n", n,
                cpu[n / 2] / 1000, cpu[n * 99 / 100] / 1000, cpu[n * 999 / 1000] / 1000, wall[n / 2] / 1000,
                wall[n * 99 / 100] / 1000);
    }
}
