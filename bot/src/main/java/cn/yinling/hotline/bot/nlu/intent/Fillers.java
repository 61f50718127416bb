package cn.yinling.hotline.bot.nlu.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filler words of speech (嗯, 呃, 那个, 就是…) that voice-to-text keeps and typed text seldom has,
 * read from {@value #RESOURCE}. Works on normalised text, whose clauses are separated by single
 * spaces. Immutable and thread-safe.
 */
final class Fillers {

    static final String RESOURCE = "nlu/fillers.txt";

    private static final Fillers STANDARD = load();

    /** Longest first. */
    private final List<String> leading;
    private final Set<String> alone;

    Fillers(List<String> leading, Set<String> alone) {
        List<String> sorted = new ArrayList<>(leading);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.leading = List.copyOf(sorted);
        this.alone = Set.copyOf(alone);
    }

    static Fillers standard() {
        return STANDARD;
    }

    /**
     * {@code normalized} without its fillers: those at the start of a clause that goes on, and
     * clauses that are only a filler when another clause says something. Unchanged when nothing
     * but fillers would be left.
     */
    String drop(String normalized) {
        if (normalized.isEmpty() || !startsAnyClauseWithAFiller(normalized)) {
            return normalized;
        }
        String[] clauses = normalized.split(" ");
        List<String> said = new ArrayList<>(clauses.length);
        for (String clause : clauses) {
            String rest = withoutLeadingFillers(clause);
            if (!rest.isEmpty()) {
                said.add(rest);
            }
        }
        return said.isEmpty() ? normalized : String.join(" ", said);
    }

    /** The clause without its leading fillers; empty when it is only fillers that may stand alone. */
    private String withoutLeadingFillers(String clause) {
        String rest = clause;
        boolean dropped = true;
        while (dropped && !rest.isEmpty()) {
            dropped = false;
            for (String filler : leading) {
                if (rest.startsWith(filler)) {
                    if (rest.length() == filler.length()) {
                        return alone.contains(filler) ? "" : rest;
                    }
                    rest = rest.substring(filler.length());
                    dropped = true;
                    break;
                }
            }
        }
        return rest;
    }

    private boolean startsAnyClauseWithAFiller(String text) {
        for (String filler : leading) {
            int at = text.indexOf(filler);
            while (at >= 0) {
                if (at == 0 || text.charAt(at - 1) == ' ') {
                    return true;
                }
                at = text.indexOf(filler, at + 1);
            }
        }
        return false;
    }

    private static Fillers load() {
        InputStream in = Fillers.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Filler list not on the classpath: " + RESOURCE);
        }
        List<String> leading = new ArrayList<>();
        Set<String> alone = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !(cols[1].strip().equals("lead") || cols[1].strip().equals("alone"))) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": needs word<TAB>lead|alone");
                }
                String word = cols[0].strip();
                leading.add(word);
                if (cols[1].strip().equals("alone")) {
                    alone.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fillers(leading, alone);
    }
}
