package cn.yinling.hotline.bot.nlu.slots;

import cn.yinling.hotline.bot.nlu.Slots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures slot precision/recall/F1 of {@link RuleSlotExtractor} on a labelled JSONL file (a
 * development tool, not a test: it asserts nothing). date/time are compared as the literal phrase,
 * service/complaint_type/rating by value, and only keys present in gold or prediction count: equal
 * is a true positive, different counts as one false positive and one false negative.
 *
 * <p>Usage: {@code java -cp <test classpath> cn.yinling.hotline.bot.nlu.slots.SlotEvaluationMain FILE [--errors]}
 */
public final class SlotEvaluationMain {

    private static final List<String> KEYS = List.of("service", "date", "time", "complaint_type", "rating");

    private SlotEvaluationMain() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "src/main/resources/nlu/train.jsonl");
        boolean showErrors = List.of(args).contains("--errors");
        ObjectMapper json = JsonMapper.builder().build();
        RuleSlotExtractor extractor = new RuleSlotExtractor();
        Clock clock = Clock.fixed(Instant.parse("2025-06-11T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Map<String, int[]> counts = new LinkedHashMap<>();
        KEYS.forEach(k -> counts.put(k, new int[3]));
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String text = row.path("text").asString();
            JsonNode gold = row.path("slots");
            Map<String, String> predicted = asMap(extractor.extract(text, clock));
            for (String key : KEYS) {
                String g = gold.has(key) && !gold.get(key).isNull() ? gold.get(key).asString() : null;
                String p = predicted.get(key);
                int[] c = counts.get(key);
                if (g != null && g.equals(p)) {
                    c[0]++;
                } else {
                    if (p != null) {
                        c[1]++;
                    }
                    if (g != null) {
                        c[2]++;
                    }
                    if (showErrors && (p != null || g != null)) {
                        System.out.printf("%-15s gold=%-10s pred=%-10s | %s [%s]%n", key, g, p, text,
                                row.path("intent").asString());
                    }
                }
            }
        }
        int[] all = new int[3];
        counts.forEach((key, c) -> {
            print(key, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        print("ALL (micro)", all);
    }

    private static Map<String, String> asMap(Slots s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s.service() != null) {
            m.put("service", s.service());
        }
        if (s.date() != null) {
            m.put("date", s.date().phrase());
        }
        if (s.time() != null) {
            m.put("time", s.time().phrase());
        }
        if (s.complaintType() != null) {
            m.put("complaint_type", s.complaintType());
        }
        if (s.rating() != null) {
            m.put("rating", String.valueOf(s.rating()));
        }
        return m;
    }

    private static void print(String key, int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%-15s tp=%4d fp=%4d fn=%4d  P=%.3f R=%.3f F1=%.3f%n", key, c[0], c[1], c[2], p, r, f);
    }
}
