package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
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
 * Cost per message of the NLU: the whole {@link Nlu#parse} (intent with the safety net, and slots)
 * the rule slot extraction alone and the classification alone, in microseconds per call, over every eighth utterance of the
 * training data (about 210 typical short texts, cycled).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotExtractionBenchmark {

    private static final Clock CLOCK = Clock.fixed(OffsetDateTime.parse("2026-03-02T09:00+08:00").toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private List<String> texts;
    private RuleSlotExtractor slots;
    private IntentClassifier classifier;
    private Nlu nlu;
    private int next;

    @Setup
    public void load() throws IOException {
        texts = everyEighthTrainingText();
        slots = new RuleSlotExtractor();
        classifier = new SafetyNetClassifier(new OpenNlpIntentClassifier());
        nlu = new Nlu(classifier, slots,
                OpenNlpIntentClassifier.RECOMMENDED_CONFIDENCE_THRESHOLD);
    }

    @Benchmark
    public Object parse() {
        return nlu.parse(nextText(), CLOCK);
    }

    @Benchmark
    public Object extractSlots() {
        return slots.extract(nextText(), CLOCK);
    }

    @Benchmark
    public Object classify() {
        return classifier.classify(nextText());
    }

    private String nextText() {
        next = (next + 1) % texts.size();
        return texts.get(next);
    }

    private static List<String> everyEighthTrainingText() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> out = new ArrayList<>();
        try (InputStream in = SlotExtractionBenchmark.class.getClassLoader().getResourceAsStream("nlu/train.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && i++ % 8 == 0) {
                    out.add(json.readTree(line).get("text").asString());
                }
            }
        }
        return out;
    }
}
