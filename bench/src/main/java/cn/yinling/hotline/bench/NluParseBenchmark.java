package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.SafetyNetClassifier;
import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latency distribution of a whole {@link Nlu#parse} (normalisation, jieba, features, the intent
 * model with the safety net, and the slot rules), one call per sample, cycling through every
 * training text: JMH's sample mode reports p50, p99, p99.9 and the maximum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NluParseBenchmark {

    private static final Clock CLOCK = Clock.fixed(OffsetDateTime.parse("2026-12-07T09:00+08:00").toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private List<String> texts;
    private Nlu nlu;
    private int next;

    @Setup
    public void load() throws IOException {
        texts = trainingTexts();
        nlu = new Nlu(new SafetyNetClassifier(new OpenNlpIntentClassifier()), new RuleSlotExtractor(),
                OpenNlpIntentClassifier.RECOMMENDED_CONFIDENCE_THRESHOLD);
    }

    @Benchmark
    public Object parse() {
        next = (next + 1) % texts.size();
        return nlu.parse(texts.get(next), CLOCK);
    }

    private static List<String> trainingTexts() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> out = new ArrayList<>();
        try (InputStream in = NluParseBenchmark.class.getClassLoader().getResourceAsStream("nlu/train.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).get("text").asString());
                }
            }
        }
        return out;
    }
}
