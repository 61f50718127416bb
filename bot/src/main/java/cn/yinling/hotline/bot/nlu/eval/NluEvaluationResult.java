package cn.yinling.hotline.bot.nlu.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link NluEvaluation} measured; serialises (Jackson) to one JSON object with snake_case
 * keys. Ratios are in [0, 1]; a ratio whose denominator is zero is 0.
 *
 * @param count utterances evaluated (valid lines)
 * @param accuracy share of utterances whose predicted intent equals the gold intent
 * @param macroF1 unweighted mean of the per-intent F1 over every label seen in gold or predictions
 * @param slotPrecision correct predicted slot values / predicted slot values (all keys pooled)
 * @param slotRecall correct predicted slot values / gold slot values
 * @param slotF1 harmonic mean of slot precision and recall
 * @param p50Micros median wall time of classification plus slot extraction, microseconds
 * @param p99Micros 99th percentile (nearest rank) of the same
 * @param perIntent precision, recall, F1 and support per intent label, by label
 * @param perSlot the slot counts and ratios per slot key
 * @param confusions the most frequent gold → predicted mistakes, most frequent first
 * @param badLines lines that were skipped: not JSON, not an object, or without text/intent
 * @param errors utterances on which the classifier or slot extractor threw (counted as wrong)
 */
@JsonPropertyOrder({"count", "accuracy", "macro_f1", "slot_precision", "slot_recall", "slot_f1", "p50_us", "p99_us",
        "per_intent", "per_slot", "confusions", "bad_lines", "errors"})
public record NluEvaluationResult(
        int count,
        double accuracy,
        @JsonProperty("macro_f1") double macroF1,
        @JsonProperty("slot_precision") double slotPrecision,
        @JsonProperty("slot_recall") double slotRecall,
        @JsonProperty("slot_f1") double slotF1,
        @JsonProperty("p50_us") double p50Micros,
        @JsonProperty("p99_us") double p99Micros,
        @JsonProperty("per_intent") Map<String, IntentMetrics> perIntent,
        @JsonProperty("per_slot") Map<String, SlotMetrics> perSlot,
        List<Confusion> confusions,
        @JsonProperty("bad_lines") List<LineProblem> badLines,
        List<LineProblem> errors) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Precision, recall and F1 of one intent label; support = gold occurrences. */
    public record IntentMetrics(double precision, double recall, double f1, int support) {
    }

    /** Counts and ratios for one slot key (a wrong value is both a false positive and a false negative). */
    @JsonPropertyOrder({"precision", "recall", "f1", "tp", "fp", "fn"})
    public record SlotMetrics(double precision, double recall, double f1, int tp, int fp, int fn) {
    }

    /** How often utterances of intent {@code gold} were classified as {@code predicted}. */
    public record Confusion(String gold, String predicted, int count) {
    }

    /** A 1-based line number of the input file and what was wrong with it. */
    public record LineProblem(int line, String error) {
    }

    /** This result as one line of JSON. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }
}
