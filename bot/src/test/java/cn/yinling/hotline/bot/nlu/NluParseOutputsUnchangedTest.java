package cn.yinling.hotline.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A differential guard for refactoring the NLU: {@link Nlu#parse} (the shipped classifier with the
 * safety net, and the rule slot extractor) must give, for every text of {@value #RESOURCE}, exactly
 * the intent, confidence and slots recorded there. The texts are the development set, the training
 * data, the literals of the bot's tests, their clauses, traditional/full-width variants and odd
 * input; the outputs were recorded by the code before the slot extraction was made faster.
 *
 * <p>When a change is <em>meant</em> to alter outputs, record them again with
 * {@code NLU_PARSE_OUTPUTS_RECORD=$PWD/bot/src/test/resources/nlu/parse-outputs.jsonl} set while
 * running this test, and review the diff.
 */
class NluParseOutputsUnchangedTest {

    static final String RESOURCE = "nlu/parse-outputs.jsonl";
    static final Clock CLOCK = Clock.fixed(OffsetDateTime.parse("2026-03-02T09:00+08:00").toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void parsesEveryRecordedTextExactlyAsBefore() throws IOException {
        Nlu nlu = new Nlu(new SafetyNetClassifier(new OpenNlpIntentClassifier()), new RuleSlotExtractor(),
                OpenNlpIntentClassifier.RECOMMENDED_CONFIDENCE_THRESHOLD);
        List<JsonNode> recorded = readRecorded();
        String recordTo = System.getenv("NLU_PARSE_OUTPUTS_RECORD");
        if (recordTo != null) {
            record(nlu, recorded, Path.of(recordTo));
            return;
        }
        List<String> differences = new ArrayList<>();
        for (JsonNode line : recorded) {
            String text = line.get("text").asString();
            String expected = JSON.writeValueAsString(line);
            String actual = JSON.writeValueAsString(describe(text, nlu.parse(text, CLOCK)));
            if (!expected.equals(actual)) {
                differences.add("expected " + expected + "\n     got " + actual);
            }
        }
        assertThat(recorded).hasSizeGreaterThan(3000);
        assertThat(differences).as("%d of %d texts parse differently", differences.size(), recorded.size())
                .isEmpty();
    }

    /** Every field of the parsed message; the confidence as {@link Double#toString} so that it must match exactly. */
    static Map<String, Object> describe(String text, ParsedMessage p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.put("intent", p.intent());
        out.put("confidence", Double.toString(p.confidence()));
        Slots s = p.slots();
        out.put("service", s.service());
        out.put("date", s.date() == null ? null : s.date().phrase() + "=" + s.date().date());
        out.put("time", s.time() == null ? null : s.time().phrase() + "=" + s.time().start() + "-" + s.time().end());
        out.put("complaintType", s.complaintType());
        out.put("rating", s.rating());
        return out;
    }

    private static List<JsonNode> readRecorded() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (InputStream in = NluParseOutputsUnchangedTest.class.getClassLoader().getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static void record(Nlu nlu, List<JsonNode> texts, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode line : texts) {
                String text = line.get("text").asString();
                out.write(JSON.writeValueAsString(describe(text, nlu.parse(text, CLOCK))));
                out.write('\n');
            }
        }
    }
}
