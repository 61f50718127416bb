package cn.yinling.hotline.ivr.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dial --from NUMBER [--host H] [--port P] [--keys "2"]}: a terminal caller that phones a
 * running hotline's FastAGI port as Asterisk would, prints each prompt as it plays, presses the keys
 * typed (or, with {@code --keys}, one of the given entries per question, then hangs up), and at the
 * end prints the channel variables set and how the call ended. Entries in {@code --keys} are
 * separated by spaces or commas ("1 1 2 1"; "13800000001#" is one entry). Each reply prints as its
 * words and, below, the catalog ids of the sound files that say them; keys are timed against the
 * pieces' lengths, estimated from their words or, with {@code --lengths}, measured from the rendered
 * files ({@code lengths.txt} of {@code config/prompts/render-prompts.sh}).
 */
public final class DialCommand {

    static final String USAGE = "usage: dial --from NUMBER [--host H] [--port P] [--keys \"1 2\"] [--script hotline]"
            + " [--lengths lengths.txt]";

    private DialCommand() {
    }

    public static int run(String[] args) {
        return run(args, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
    }

    static int run(String[] args, BufferedReader stdin, PrintStream out) {
        Map<String, String> options = parse(args);
        if (options == null || !options.containsKey("from")) {
            out.println(USAGE);
            return 2;
        }
        int port;
        try {
            port = Integer.parseInt(options.getOrDefault("port", "4573"));
        } catch (NumberFormatException e) {
            out.println(USAGE);
            return 2;
        }
        Caller caller;
        try {
            caller = options.containsKey("keys") ? keysCaller(options.get("keys")) : new ConsoleCaller(stdin, out);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        PromptLengths lengths = PromptLengths.estimated();
        if (options.containsKey("lengths")) {
            try {
                lengths = lengths.measured(Path.of(options.get("lengths")));
            } catch (IOException e) {
                out.println("cannot read the prompt lengths: " + e.getMessage());
                return 2;
            }
        }
        try {
            AgiSimulator simulator = new AgiSimulator(options.getOrDefault("host", "127.0.0.1"), port,
                    Duration.ofMinutes(2), lengths);
            CallRecord call = simulator.call(options.getOrDefault("script", "hotline"), options.get("from"), null,
                    caller, p -> print(out, p));
            call.variables().forEach((name, value) -> out.println("variable " + name + "=" + value));
            out.println("call ended: " + call.end());
            return call.end() == CallEnd.NOT_CLOSED ? 1 : 0;
        } catch (IOException e) {
            out.println("cannot reach the hotline: " + e.getMessage());
            return 1;
        }
    }

    /** A reply: its words, then the sound files that say them. */
    private static void print(PrintStream out, PlayedPrompt p) {
        out.println("» " + (p.text() == null ? "" : p.text()));
        out.println("  [" + p.id() + "]");
    }

    private static Caller keysCaller(String keys) {
        List<CallerStep> steps = Arrays.stream(keys.split("[\\s,]+"))
                .filter(k -> !k.isEmpty())
                .map(k -> (CallerStep) new CallerStep.Keys(k, 1.0))
                .toList();
        return new ScriptedCaller(steps);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("dial")) {
                continue;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
