package cn.yinling.hotline.ivr.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** A person at the terminal: each line typed is the keys for one prompt; empty = silence, h = hang up. */
final class ConsoleCaller implements Caller {

    private final BufferedReader in;
    private final PrintStream out;

    ConsoleCaller(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public CallerStep answer(PlayedPrompt prompt) {
        out.print("keys (Enter = silence, h = hang up)> ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("h")) {
                return new CallerStep.HangUp(0.5);
            }
            String keys = line.replaceAll("[^0-9*#]", "");
            return keys.isEmpty() ? new CallerStep.Silence() : new CallerStep.Keys(keys, 0.5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
