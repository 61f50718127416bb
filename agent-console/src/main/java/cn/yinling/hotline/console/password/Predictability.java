package cn.yinling.hotline.console.password;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a password is made of predictable runs: one character repeated ("1111111111"), consecutive
 * digits or letters ("1234567890", "abcdef"), neighbouring keys along a keyboard row or column
 * ("qwertyuiop", "1qaz2wsx") or on the number pad ("147258369"), in either direction, or a short
 * pattern said again ("abc123abc123"). Guessing programs try these before any dictionary word.
 */
final class Predictability {

    /** Each string lists characters that follow one another; a step to either neighbour is predictable. */
    private static final String[] SEQUENCES = {
        "01234567890",
        "abcdefghijklmnopqrstuvwxyz",
        "`1234567890-=",
        "qwertyuiop[]\\",
        "asdfghjkl;'",
        "zxcvbnm,./",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-['=]",
        "741852963",
        "789456123",
    };
    private static final Set<String> STEPS = steps();
    /** A password with at most this many unpredictable steps is a few runs glued together. */
    private static final int MOST_BREAKS = 2;
    /** Runs this long or longer, and nothing else, make a password trivial however many there are. */
    private static final int RUN = 3;
    private static final int FEWEST_DISTINCT = 4;
    /** A pattern this short said again and again. */
    private static final int LONGEST_REPEATED_UNIT = 4;

    private Predictability() {
    }

    /** {@code lower}: the password in lower case. */
    static boolean isTrivial(String lower) {
        int[] cps = lower.codePoints().toArray();
        if (cps.length < 2) {
            return true;
        }
        if (lower.codePoints().distinct().count() < FEWEST_DISTINCT) {
            return true;
        }
        int breaks = 0;
        int run = 1;
        int shortestRun = Integer.MAX_VALUE;
        for (int i = 1; i < cps.length; i++) {
            if (predictable(cps[i - 1], cps[i])) {
                run++;
            } else {
                breaks++;
                shortestRun = Math.min(shortestRun, run);
                run = 1;
            }
        }
        shortestRun = Math.min(shortestRun, run);
        return breaks <= MOST_BREAKS || shortestRun >= RUN || repeatsShortUnit(cps);
    }

    private static boolean predictable(int a, int b) {
        return a == b || STEPS.contains(new String(new int[] {a, b}, 0, 2));
    }

    /** The whole password is one short unit repeated (a shorter last copy allowed): "xk9#xk9#xk9#". */
    private static boolean repeatsShortUnit(int[] cps) {
        for (int unit = 1; unit <= LONGEST_REPEATED_UNIT && unit * 2 <= cps.length; unit++) {
            boolean repeats = true;
            for (int i = unit; i < cps.length && repeats; i++) {
                repeats = cps[i] == cps[i - unit];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> steps() {
        Set<String> steps = new HashSet<>();
        for (String s : SEQUENCES) {
            for (int i = 1; i < s.length(); i++) {
                steps.add("" + s.charAt(i - 1) + s.charAt(i));
                steps.add("" + s.charAt(i) + s.charAt(i - 1));
            }
        }
        return Set.copyOf(steps);
    }
}
