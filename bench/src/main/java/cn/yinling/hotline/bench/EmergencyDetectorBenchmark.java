package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost per message of the emergency detector, which reads every turn before anything else: over
 * every eighth training utterance (mostly no danger words: one scan of the text) and over the
 * training emergencies (cues found, so their clauses are read too), in microseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmergencyDetectorBenchmark {

    private EmergencyDetector detector;
    private List<String> everyday;
    private List<String> emergencies;
    private int next;

    @Setup
    public void load() throws IOException {
        detector = EmergencyDetector.standard();
        List<JsonNode> training = training();
        everyday = new ArrayList<>();
        for (int i = 0; i < training.size(); i += 8) {
            everyday.add(training.get(i).get("text").asString());
        }
        emergencies = training.stream().filter(line -> "emergency".equals(line.get("intent").asString()))
                .map(line -> line.get("text").asString()).toList();
    }

    @Benchmark
    public Object everydayMessage() {
        next = (next + 1) % everyday.size();
        return detector.detect(everyday.get(next));
    }

    @Benchmark
    public Object emergencyMessage() {
        next = (next + 1) % emergencies.size();
        return detector.detect(emergencies.get(next));
    }

    private static List<JsonNode> training() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = EmergencyDetectorBenchmark.class.getClassLoader().getResourceAsStream("nlu/train.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
