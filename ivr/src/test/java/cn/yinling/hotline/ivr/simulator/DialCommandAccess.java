package cn.yinling.hotline.ivr.simulator;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.StringReader;

/** Lets tests in other packages run {@code dial} with their own output stream. */
public final class DialCommandAccess {

    private DialCommandAccess() {
    }

    public static int run(String[] args, PrintStream out) {
        return DialCommand.run(args, new BufferedReader(new StringReader("")), out);
    }
}
