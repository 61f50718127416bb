package cn.yinling.hotline.bot.nlu.eval;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.SafetyNetClassifier;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluationResult.IntentMetrics;
import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NLU figures three ways, as Markdown tables for {@code docs/nlu.md}:
 * <pre>NluFigures TRAIN.jsonl HELDOUT.jsonl [DEV.jsonl] [--k 5]</pre>
 * <ul>
 * <li>held-out and dev: the shipped model (built from TRAIN by the build) with the safety net and
 * the slot rules, exactly as {@code nlu-eval}; held-out also without the lines that occur
 * verbatim in the training data (short replies such as 好的 are in both), and how often the engine
 * would ask a clarifying question ({@link Nlu#parse} keeps no intent) at the configured threshold;</li>
 * <li>k-fold: {@link CrossValidation} over TRAIN (each line classified by a model that did not
 * see it). Slot figures there only over the lines whose slots were written by hand (note without
 * "slots by RuleSlotExtractor"): the other lines' slots are the rules' own output.</li>
 * </ul>
 */
public final class NluFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXTRACTOR_NOTE = "slots by RuleSlotExtractor";

    private NluFigures() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        int k = 5;
        for (int i = 0; i < args.length; i++) {
            if ("--k".equals(args[i]) && i + 1 < args.length) {
                k = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.size() < 2) {
            System.err.println("usage: NluFigures TRAIN.jsonl HELDOUT.jsonl [DEV.jsonl] [--k 5]");
            System.exit(2);
        }
        PrintStream out = System.out;
        System.setOut(System.err); // jieba prints its dictionary loading to stdout
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Path train = files.get(0);
        Path heldout = files.get(1);
        Path tmp = Files.createTempDirectory("nlu-figures");

        IntentClassifier shipped = new SafetyNetClassifier(new OpenNlpIntentClassifier());
        RuleSlotExtractor slots = new RuleSlotExtractor();
        Map<String, NluEvaluationResult> results = new LinkedHashMap<>();
        if (files.size() > 2) {
            results.put("dev (public, " + count(files.get(2)) + ")", NluEvaluation.evaluate(files.get(2), shipped, slots, clock));
        }
        List<JsonNode> trainLines = read(train);
        Set<String> trainTexts = new TreeSet<>();
        trainLines.forEach(n -> trainTexts.add(n.get("text").stringValue()));
        Path unseen = tmp.resolve("heldout-unseen.jsonl");
        Files.write(unseen, read(heldout).stream().filter(n -> !trainTexts.contains(n.get("text").stringValue()))
                .map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
        NluEvaluationResult held = NluEvaluation.evaluate(heldout, shipped, slots, clock);
        results.put("held-out (" + held.count() + ")", held);
        NluEvaluationResult heldUnseen = NluEvaluation.evaluate(unseen, shipped, slots, clock);
        results.put("held-out, not verbatim in training (" + heldUnseen.count() + ")", heldUnseen);

        long start = System.nanoTime();
        List<Map.Entry<String, String>> samples = trainLines.stream()
                .map(n -> Map.entry(n.get("text").stringValue(), n.get("intent").stringValue())).toList();
        IntentClassifier folded = new SafetyNetClassifier(CrossValidation.of(samples, k).classifier());
        long trainMillis = (System.nanoTime() - start) / 1_000_000;
        NluEvaluationResult cv = NluEvaluation.evaluate(train, folded, slots, clock);
        results.put(k + "-fold over training (" + cv.count() + ")", cv);
        Path handSlots = tmp.resolve("train-hand-slots.jsonl");
        Files.write(handSlots, trainLines.stream()
                .filter(n -> !n.path("note").asString("").contains(EXTRACTOR_NOTE))
                .map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
        NluEvaluationResult cvHand = NluEvaluation.evaluate(handSlots, folded, slots, clock);

        out.println("| set | accuracy | macro-F1 | lowest intent F1 | slot F1 | p50 | p99 |");
        out.println("|---|---|---|---|---|---|---|");
        results.forEach((name, r) -> {
            boolean kfold = name.contains("-fold");
            out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %s | %s | %s | %s |%n", name, r.accuracy(), r.macroF1(),
                    lowest(r), kfold ? String.format(Locale.ROOT, "%.3f (hand-written slots, %d lines)",
                            cvHand.slotF1(), cvHand.count()) : String.format(Locale.ROOT, "%.3f", r.slotF1()),
                    kfold ? "–" : us(r.p50Micros()), kfold ? "–" : us(r.p99Micros()));
        });
        out.println();
        out.println("| intent | " + String.join(" | ", results.keySet()) + " |");
        out.println("|---" + "|---".repeat(results.size()) + "|");
        for (String intent : new TreeSet<>(cv.perIntent().keySet())) {
            StringBuilder row = new StringBuilder("| " + intent + " |");
            results.values().forEach(r -> {
                IntentMetrics m = r.perIntent().get(intent);
                row.append(m == null ? " – |" : String.format(Locale.ROOT, " %.3f |", m.f1()));
            });
            out.println(row);
        }
        out.println();
        Nlu nlu = new Nlu(shipped, slots, OpenNlpIntentClassifier.RECOMMENDED_CONFIDENCE_THRESHOLD);
        int asked = 0;
        int kept = 0;
        int keptRight = 0;
        int askedWouldBeWrong = 0;
        for (JsonNode n : read(heldout)) {
            String text = n.get("text").stringValue();
            String gold = n.get("intent").stringValue();
            String intent = nlu.parse(text, clock).intent();
            if (intent == null) {
                asked++;
                if (!gold.equals(shipped.classify(text).intent())) {
                    askedWouldBeWrong++;
                }
            } else {
                kept++;
                keptRight += gold.equals(intent) ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "Clarifying questions on the held-out set at confidence %.2f: %d of %d (%.1f%%), %d of them"
                        + " on a guess that was wrong; acted on %d, %.1f%% of them right.%n",
                OpenNlpIntentClassifier.RECOMMENDED_CONFIDENCE_THRESHOLD, asked, asked + kept,
                100.0 * asked / (asked + kept), askedWouldBeWrong, kept, 100.0 * keptRight / Math.max(1, kept));
        out.printf(Locale.ROOT, "k-fold: %d models trained in %.1f s.%n", k, trainMillis / 1000.0);
        System.setOut(out);
    }

    private static String lowest(NluEvaluationResult r) {
        return r.perIntent().entrySet().stream().min(Map.Entry.comparingByValue(
                        java.util.Comparator.comparingDouble(IntentMetrics::f1)))
                .map(e -> String.format(Locale.ROOT, "%.3f (%s)", e.getValue().f1(), e.getKey())).orElse("–");
    }

    private static String us(double micros) {
        return micros >= 1000 ? String.format(Locale.ROOT, "%.1f ms", micros / 1000) : String.format(Locale.ROOT, "%.0f µs", micros);
    }

    private static int count(Path file) throws IOException {
        return read(file).size();
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
