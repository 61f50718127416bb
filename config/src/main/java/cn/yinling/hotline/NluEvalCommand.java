package cn.yinling.hotline;

import cn.yinling.hotline.bot.nlu.SafetyNetClassifier;
import cn.yinling.hotline.bot.nlu.eval.NluEvaluation;
import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * {@code nlu-eval FILE.jsonl [--predictions OUT.jsonl]}: measures the shipped NLU (the same
 * classifier, safety net and slot extractor the dialog uses) without starting the server, and
 * prints one JSON object.
 */
final class NluEvalCommand {

    private NluEvalCommand() {
    }

    static int run(String[] args) {
        Path file = null;
        Path predictions = null;
        for (int i = 0; i < args.length; i++) {
            if ("--predictions".equals(args[i]) && i + 1 < args.length) {
                predictions = Path.of(args[++i]);
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                return usage();
            }
        }
        if (file == null) {
            return usage();
        }
        if (!Files.isReadable(file)) {
            System.err.println("nlu-eval: cannot read " + file);
            return 1;
        }
        // The segmenter's dictionary loader prints progress to stdout; stdout is for the JSON alone.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            var result = NluEvaluation.evaluate(file, new SafetyNetClassifier(new OpenNlpIntentClassifier()),
                    new RuleSlotExtractor(), Clock.system(ZoneId.of("Asia/Shanghai")), predictions);
            stdout.println(result.toJson());
            return 0;
        } finally {
            System.setOut(stdout);
        }
    }

    private static int usage() {
        System.err.println("usage: java -jar hotline.jar nlu-eval FILE.jsonl [--predictions OUT.jsonl]");
        return 2;
    }
}
