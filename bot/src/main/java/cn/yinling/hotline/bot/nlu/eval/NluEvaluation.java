package cn.yinling.hotline.bot.nlu.eval;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.IntentPrediction;
import cn.yinling.hotline.bot.nlu.SlotExtractor;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.Confusion;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.IntentMetrics;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.LineProblem;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.SlotMetrics;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures an {@link IntentClassifier} and a {@link SlotExtractor} on a JSONL file in the format of
 * the NLU development set: one object a line with {@code text}, {@code intent} and optionally
 * {@code slots} ({@code service}, {@code date}, {@code time}, {@code complaint_type},
 * {@code rating}); other fields are ignored.
 *
 * <ul>
 * <li>Intents: accuracy, macro-F1 over every label seen in gold or predictions, per-intent
 * precision/recall/F1/support, and the {@value #TOP_CONFUSIONS} most frequent confusions.</li>
 * <li>Slots, per key present in gold and/or prediction: date and time compare the literal phrase
 * ({@code DateSlot.phrase}, {@code TimeSlot.phrase}), service and complaint type the string value,
 * rating the integer. Equal values are a true positive; a predicted value that is absent or
 * different in gold is a false positive; a gold value that is absent or different in the
 * prediction is a false negative (so a wrong value counts as both).</li>
 * <li>Latency: wall time of {@code classify} plus {@code extract} per utterance in microseconds,
 * measured on a second pass after one warm-up pass over the whole file; p50 and p99 by nearest
 * rank.</li>
 * </ul>
 * Lines that are not JSON objects or lack a string {@code text} or {@code intent} are reported in
 * {@code bad_lines} and skipped; blank lines are ignored. If the classifier or extractor throws,
 * the utterance counts as predicted {@value #ERROR_LABEL} with no slots and is listed in
 * {@code errors}.
 */
public final class NluEvaluation {

    /** How many confusions the result lists. */
    public static final int TOP_CONFUSIONS = 15;

    /** The predicted intent recorded when the classifier throws. */
    public static final String ERROR_LABEL = "<error>";

    /** The slot keys compared, as in the development set. */
    public static final List<String> SLOT_KEYS = List.of("service", "date", "time", "complaint_type", "rating");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NluEvaluation() {
    }

    /** Evaluates without writing predictions. */
    public static NluEvaluationResult evaluate(Path file, IntentClassifier classifier, SlotExtractor slots,
            Clock clock) {
        return evaluate(file, classifier, slots, clock, null);
    }

    /**
     * Evaluates and, when {@code predictionsOut} is not null, writes one JSON line per evaluated
     * utterance: the input object plus {@code predicted_intent}, {@code confidence} and
     * {@code predicted_slots} (same shape as {@code slots}).
     */
    public static NluEvaluationResult evaluate(Path file, IntentClassifier classifier, SlotExtractor slots,
            Clock clock, Path predictionsOut) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(clock, "clock");

        List<LineProblem> badLines = new ArrayList<>();
        List<Item> items = read(file, badLines);

        // warm-up pass: JIT, lazy dictionaries and caches; results discarded
        for (Item item : items) {
            run(item, classifier, slots, clock);
        }

        List<LineProblem> errors = new ArrayList<>();
        long[] nanos = new long[items.size()];
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            long start = System.nanoTime();
            Outcome outcome = run(item, classifier, slots, clock);
            nanos[i] = System.nanoTime() - start;
            if (outcome.error != null) {
                errors.add(new LineProblem(item.line, outcome.error));
            }
            outcomes.add(outcome);
        }

        if (predictionsOut != null) {
            writePredictions(predictionsOut, items, outcomes);
        }
        return score(items, outcomes, nanos, badLines, errors);
    }

    // ---------------------------------------------------------------- reading

    private record Item(int line, ObjectNode input, String text, String intent, Map<String, String> goldSlots) {
    }

    private static List<Item> read(Path file, List<LineProblem> badLines) {
        List<Item> items = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    badLines.add(new LineProblem(lineNo, "not valid JSON: " + firstLine(e.getOriginalMessage())));
                    continue;
                }
                if (!(node instanceof ObjectNode object)) {
                    badLines.add(new LineProblem(lineNo, "not a JSON object"));
                    continue;
                }
                JsonNode text = object.get("text");
                JsonNode intent = object.get("intent");
                if (text == null || !text.isString()) {
                    badLines.add(new LineProblem(lineNo, "missing or non-string field 'text'"));
                    continue;
                }
                if (intent == null || !intent.isString() || intent.stringValue().isBlank()) {
                    badLines.add(new LineProblem(lineNo, "missing or non-string field 'intent'"));
                    continue;
                }
                items.add(new Item(lineNo, object, text.stringValue(), intent.stringValue(), goldSlots(object.get("slots"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return items;
    }

    private static Map<String, String> goldSlots(JsonNode slots) {
        Map<String, String> gold = new HashMap<>();
        if (slots == null || !slots.isObject()) {
            return gold;
        }
        for (String key : SLOT_KEYS) {
            JsonNode value = slots.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if ("rating".equals(key)) {
                String rating = rating(value);
                if (rating != null) {
                    gold.put(key, rating);
                }
            } else if (value.isString()) {
                if (!value.stringValue().isEmpty()) {
                    gold.put(key, value.stringValue());
                }
            } else {
                gold.put(key, value.toString());
            }
        }
        return gold;
    }

    /** A rating as the canonical integer string ("5" for 5, 5.0 and "5"), or the text as given. */
    private static String rating(JsonNode value) {
        if (value.isNumber()) {
            double d = value.asDouble();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        if (value.isString()) {
            String s = value.stringValue().strip();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return Integer.toString(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return value.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    // ---------------------------------------------------------------- running

    private record Outcome(String intent, double confidence, Map<String, String> slots, String error) {
    }

    private static Outcome run(Item item, IntentClassifier classifier, SlotExtractor extractor, Clock clock) {
        String intent;
        double confidence;
        try {
            IntentPrediction prediction = classifier.classify(item.text);
            intent = prediction == null || prediction.intent() == null ? ERROR_LABEL : prediction.intent();
            confidence = prediction == null ? 0 : prediction.confidence();
        } catch (RuntimeException e) {
            return new Outcome(ERROR_LABEL, 0, Map.of(), "classifier threw " + e);
        }
        try {
            return new Outcome(intent, confidence, predictedSlots(extractor.extract(item.text, clock)), null);
        } catch (RuntimeException e) {
            return new Outcome(intent, confidence, Map.of(), "slot extractor threw " + e);
        }
    }

    /** Slots in the development set's shape: key → phrase, code or integer, in {@link #SLOT_KEYS} order. */
    static Map<String, String> predictedSlots(Slots slots) {
        Map<String, String> out = new LinkedHashMap<>();
        if (slots == null) {
            return out;
        }
        if (slots.service() != null) {
            out.put("service", slots.service());
        }
        if (slots.date() != null) {
            out.put("date", slots.date().phrase());
        }
        if (slots.time() != null) {
            out.put("time", slots.time().phrase());
        }
        if (slots.complaintType() != null) {
            out.put("complaint_type", slots.complaintType());
        }
        if (slots.rating() != null) {
            out.put("rating", Integer.toString(slots.rating()));
        }
        return out;
    }

    // ---------------------------------------------------------------- scoring

    private static NluEvaluationResult score(List<Item> items, List<Outcome> outcomes, long[] nanos,
            List<LineProblem> badLines, List<LineProblem> errors) {
        int n = items.size();
        Map<String, int[]> intentCounts = new TreeMap<>(); // tp, fp, fn, support
        Map<String, Integer> confusionCounts = new HashMap<>();
        Map<String, int[]> slotCounts = new LinkedHashMap<>(); // tp, fp, fn
        int correct = 0;
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            Outcome outcome = outcomes.get(i);
            int[] gold = intentCounts.computeIfAbsent(item.intent, k -> new int[4]);
            int[] predicted = intentCounts.computeIfAbsent(outcome.intent, k -> new int[4]);
            gold[3]++;
            if (item.intent.equals(outcome.intent)) {
                correct++;
                gold[0]++;
            } else {
                predicted[1]++;
                gold[2]++;
                confusionCounts.merge(item.intent + "\u0000" + outcome.intent, 1, Integer::sum);
            }
            for (String key : SLOT_KEYS) {
                String g = item.goldSlots.get(key);
                String p = outcome.slots.get(key);
                if (g == null && p == null) {
                    continue;
                }
                int[] counts = slotCounts.computeIfAbsent(key, k -> new int[3]);
                if (g != null && g.equals(p)) {
                    counts[0]++;
                } else {
                    if (p != null) {
                        counts[1]++;
                    }
                    if (g != null) {
                        counts[2]++;
                    }
                }
            }
        }

        Map<String, IntentMetrics> perIntent = new LinkedHashMap<>();
        double f1Sum = 0;
        for (Map.Entry<String, int[]> e : intentCounts.entrySet()) {
            int[] c = e.getValue();
            double precision = ratio(c[0], c[0] + c[1]);
            double recall = ratio(c[0], c[0] + c[2]);
            double f1 = f1(precision, recall);
            f1Sum += f1;
            perIntent.put(e.getKey(), new IntentMetrics(precision, recall, f1, c[3]));
        }

        Map<String, SlotMetrics> perSlot = new LinkedHashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : slotCounts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            double precision = ratio(c[0], c[0] + c[1]);
            double recall = ratio(c[0], c[0] + c[2]);
            perSlot.put(e.getKey(), new SlotMetrics(precision, recall, f1(precision, recall), c[0], c[1], c[2]));
        }
        double slotPrecision = ratio(tp, tp + fp);
        double slotRecall = ratio(tp, tp + fn);

        List<Confusion> confusions = new ArrayList<>();
        for (Map.Entry<String, Integer> e : confusionCounts.entrySet()) {
            String[] pair = e.getKey().split("\u0000", 2);
            confusions.add(new Confusion(pair[0], pair[1], e.getValue()));
        }
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed()
                .thenComparing(Confusion::gold).thenComparing(Confusion::predicted));
        if (confusions.size() > TOP_CONFUSIONS) {
            confusions = new ArrayList<>(confusions.subList(0, TOP_CONFUSIONS));
        }

        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new NluEvaluationResult(n, ratio(correct, n), intentCounts.isEmpty() ? 0 : f1Sum / intentCounts.size(),
                slotPrecision, slotRecall, f1(slotPrecision, slotRecall),
                percentileMicros(sorted, 50), percentileMicros(sorted, 99),
                perIntent, perSlot, List.copyOf(confusions), List.copyOf(badLines), List.copyOf(errors));
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Nearest-rank percentile of sorted nanosecond values, in microseconds. */
    static double percentileMicros(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1000.0;
    }

    // ---------------------------------------------------------------- predictions file

    private static void writePredictions(Path out, List<Item> items, List<Outcome> outcomes) {
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    Outcome outcome = outcomes.get(i);
                    ObjectNode line = item.input.deepCopy();
                    line.put("predicted_intent", outcome.intent);
                    line.put("confidence", outcome.confidence);
                    ObjectNode slots = line.putObject("predicted_slots");
                    outcome.slots.forEach((key, value) -> {
                        if ("rating".equals(key)) {
                            slots.put(key, Integer.parseInt(value));
                        } else {
                            slots.put(key, value);
                        }
                    });
                    writer.write(JSON.writeValueAsString(line));
                    writer.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write predictions to " + out, e);
        }
    }
}
