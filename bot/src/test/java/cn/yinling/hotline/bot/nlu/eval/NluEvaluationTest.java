package cn.yinling.hotline.bot.nlu.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yinling.hotline.bot.nlu.DateSlot;
import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.IntentPrediction;
import cn.yinling.hotline.bot.nlu.SlotExtractor;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.nlu.TimeSlot;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.Confusion;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.IntentMetrics;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.SlotMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NluEvaluationTest {

    private static final double EPS = 1e-12;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    /** Gold: five valid lines, one line that is not JSON, one without intent, one blank. */
    private static final String FIXTURE = """
            {"text": "a1", "intent": "book_service", "slots": {"service": "bathing", "date": "明天", "time": "上午"}, "channel": "voice"}
            {"text": "a2", "intent": "book_service", "slots": {"service": "cleaning"}}
            {"text": "a3", "intent": "cancel_booking", "slots": {}}
            {"text": "a4", "intent": "rate_service", "slots": {"rating": 5}}
            this is not json
            {"text": "a6"}

            {"text": "a8", "intent": "complaint", "slots": {"complaint_type": "late", "time": "九点"}}
            """;

    private static final Map<String, IntentPrediction> INTENTS = Map.of(
            "a1", prediction("book_service", 0.9),
            "a2", prediction("cancel_booking", 0.6),
            "a3", prediction("cancel_booking", 0.8),
            "a4", prediction("rate_service", 0.7),
            "a8", prediction("book_service", 0.5));

    private static final Map<String, Slots> SLOTS = Map.of(
            "a1", new Slots("bathing", new DateSlot("明天", DAY), new TimeSlot("下午", LocalTime.of(12, 0), LocalTime.of(18, 0)), null, null),
            "a2", new Slots("cleaning", null, null, null, null),
            "a3", new Slots(null, new DateSlot("后天", DAY.plusDays(1)), null, null, null),
            "a4", new Slots(null, null, null, null, 5),
            "a8", new Slots(null, null, null, "late", null));

    private final IntentClassifier classifier = text -> INTENTS.get(text);
    private final SlotExtractor slots = (text, clock) -> SLOTS.getOrDefault(text, Slots.NONE);

    private static IntentPrediction prediction(String intent, double confidence) {
        return new IntentPrediction(intent, confidence, Map.of(intent, confidence));
    }

    private static Path fixture(Path dir) throws Exception {
        Path file = dir.resolve("fixture.jsonl");
        Files.writeString(file, FIXTURE);
        return file;
    }

    @Test
    void intentMetricsCountEveryValidLine(@TempDir Path dir) throws Exception {
        NluEvaluationResult result = NluEvaluation.evaluate(fixture(dir), classifier, slots, CLOCK);

        assertThat(result.count()).isEqualTo(5);
        assertThat(result.accuracy()).isCloseTo(3.0 / 5, within(EPS));
        // F1: book_service 0.5, cancel_booking 2/3, complaint 0, rate_service 1
        assertThat(result.macroF1()).isCloseTo((0.5 + 2.0 / 3 + 0 + 1) / 4, within(EPS));
        assertThat(result.perIntent()).containsOnlyKeys("book_service", "cancel_booking", "complaint", "rate_service");
        assertThat(result.perIntent().get("book_service")).isEqualTo(new IntentMetrics(0.5, 0.5, 0.5, 2));
        IntentMetrics cancel = result.perIntent().get("cancel_booking");
        assertThat(cancel.precision()).isEqualTo(0.5);
        assertThat(cancel.recall()).isEqualTo(1.0);
        assertThat(cancel.f1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(cancel.support()).isEqualTo(1);
        assertThat(result.perIntent().get("complaint")).isEqualTo(new IntentMetrics(0, 0, 0, 1));
        assertThat(result.confusions()).containsExactly(
                new Confusion("book_service", "cancel_booking", 1), new Confusion("complaint", "book_service", 1));
    }

    @Test
    void slotsCompareLiteralPhrasesCodesAndRatingsPerKey(@TempDir Path dir) throws Exception {
        NluEvaluationResult result = NluEvaluation.evaluate(fixture(dir), classifier, slots, CLOCK);

        // tp 5 (service ×2, date, rating, complaint_type); fp 2 (time 下午≠上午, extra date); fn 2 (time 上午, time 九点)
        assertThat(result.slotPrecision()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(result.slotRecall()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(result.slotF1()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(result.perSlot()).containsOnlyKeys("service", "date", "time", "complaint_type", "rating");
        assertThat(result.perSlot().get("service")).isEqualTo(new SlotMetrics(1, 1, 1, 2, 0, 0));
        SlotMetrics date = result.perSlot().get("date");
        assertThat(List.of(date.tp(), date.fp(), date.fn())).containsExactly(1, 1, 0);
        assertThat(date.precision()).isEqualTo(0.5);
        assertThat(date.recall()).isEqualTo(1.0);
        assertThat(date.f1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(result.perSlot().get("rating")).isEqualTo(new SlotMetrics(1, 1, 1, 1, 0, 0));
        assertThat(result.perSlot().get("complaint_type")).isEqualTo(new SlotMetrics(1, 1, 1, 1, 0, 0));
        assertThat(result.perSlot().get("time")).isEqualTo(new SlotMetrics(0, 0, 0, 0, 1, 2));
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndDoNotStopTheEvaluation(@TempDir Path dir) throws Exception {
        NluEvaluationResult result = NluEvaluation.evaluate(fixture(dir), classifier, slots, CLOCK);

        assertThat(result.badLines()).hasSize(2);
        assertThat(result.badLines().get(0).line()).isEqualTo(5);
        assertThat(result.badLines().get(0).error()).startsWith("not valid JSON");
        assertThat(result.badLines().get(1).line()).isEqualTo(6);
        assertThat(result.badLines().get(1).error()).isEqualTo("missing or non-string field 'intent'");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void latencyPercentilesAreMeasuredPerUtterance(@TempDir Path dir) throws Exception {
        NluEvaluationResult result = NluEvaluation.evaluate(fixture(dir), classifier, slots, CLOCK);

        assertThat(result.p50Micros()).isGreaterThanOrEqualTo(0);
        assertThat(result.p99Micros()).isGreaterThanOrEqualTo(result.p50Micros());
        assertThat(NluEvaluation.percentileMicros(new long[] {1_000, 2_000, 3_000, 4_000}, 50)).isEqualTo(2.0);
        assertThat(NluEvaluation.percentileMicros(new long[] {1_000, 2_000, 3_000, 4_000}, 99)).isEqualTo(4.0);
        assertThat(NluEvaluation.percentileMicros(new long[0], 99)).isEqualTo(0.0);
    }

    @Test
    void theResultSerialisesToOneJsonObjectWithSnakeCaseKeys(@TempDir Path dir) throws Exception {
        NluEvaluationResult result = NluEvaluation.evaluate(fixture(dir), classifier, slots, CLOCK);

        String json = result.toJson();
        assertThat(json).doesNotContain("\n");
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.isObject()).isTrue();
        for (String key : List.of("count", "accuracy", "macro_f1", "slot_precision", "slot_recall", "slot_f1", "p50_us",
                "p99_us", "per_intent", "per_slot", "confusions", "bad_lines", "errors")) {
            assertThat(node.has(key)).as(key).isTrue();
        }
        assertThat(node.get("count").asInt()).isEqualTo(5);
        assertThat(node.get("accuracy").asDouble()).isEqualTo(0.6);
        assertThat(node.get("per_intent").get("book_service").get("support").asInt()).isEqualTo(2);
        assertThat(node.get("confusions").get(0).get("gold").asString()).isEqualTo("book_service");
        assertThat(node.get("confusions").get(0).get("predicted").asString()).isEqualTo("cancel_booking");
        assertThat(node.get("bad_lines").get(0).get("line").asInt()).isEqualTo(5);
    }

    @Test
    void predictionsAreWrittenAsTheInputLinePlusWhatWasPredicted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out/predictions.jsonl");
        NluEvaluation.evaluate(fixture(dir), classifier, slots, CLOCK, out);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("text").asString()).isEqualTo("a1");
        assertThat(first.get("channel").asString()).isEqualTo("voice");
        assertThat(first.get("slots").get("time").asString()).isEqualTo("上午");
        assertThat(first.get("predicted_intent").asString()).isEqualTo("book_service");
        assertThat(first.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(first.get("predicted_slots").get("service").asString()).isEqualTo("bathing");
        assertThat(first.get("predicted_slots").get("date").asString()).isEqualTo("明天");
        assertThat(first.get("predicted_slots").get("time").asString()).isEqualTo("下午");
        JsonNode rating = json.readTree(lines.get(3));
        assertThat(rating.get("predicted_slots").get("rating").isInt()).isTrue();
        assertThat(rating.get("predicted_slots").get("rating").asInt()).isEqualTo(5);
        assertThat(json.readTree(lines.get(4)).get("text").asString()).isEqualTo("a8");
    }

    @Test
    void aClassifierThatThrowsCountsAsAWrongAnswerAndIsListed(@TempDir Path dir) throws Exception {
        IntentClassifier failing = text -> {
            if ("a3".equals(text)) {
                throw new IllegalStateException("boom");
            }
            return INTENTS.get(text);
        };
        NluEvaluationResult result = NluEvaluation.evaluate(fixture(dir), failing, slots, CLOCK);

        assertThat(result.count()).isEqualTo(5);
        assertThat(result.accuracy()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).line()).isEqualTo(3);
        assertThat(result.errors().get(0).error()).contains("boom");
        assertThat(result.confusions()).contains(new Confusion("cancel_booking", NluEvaluation.ERROR_LABEL, 1));
    }
}
