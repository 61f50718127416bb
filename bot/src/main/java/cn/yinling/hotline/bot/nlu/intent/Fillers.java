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
    private final List<String> answers;

    Fillers(List<String> leading, Set<String> alone, Set<String> answers) {
        this.leading = longestFirst(leading);
        this.alone = Set.copyOf(alone);
        this.answers = longestFirst(answers);
    }

    private static List<String> longestFirst(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    static Fillers standard() {
        return STANDARD;
    }

    /**
     * {@code normalized} without its fillers: those at the start of a clause that goes on, and
     * clauses that are only a filler when another clause says something. A message of fillers
     * only is unchanged when they are all answers ("嗯嗯"), and empty when it hesitates ("嗯那个那个",
     * "呃呃"): it says nothing, as an emoji-only message.
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
        if (!said.isEmpty()) {
            return String.join(" ", said);
        }
        for (String clause : clauses) {
            if (!onlyAnswers(clause)) {
                return "";
            }
        }
        return normalized;
    }

    private boolean onlyAnswers(String clause) {
        String rest = clause;
        boolean dropped = true;
        while (dropped && !rest.isEmpty()) {
            dropped = false;
            for (String answer : answers) {
                if (rest.startsWith(answer)) {
                    rest = rest.substring(answer.length());
                    dropped = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
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
        Set<String> answers = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String kind = cols.length == 2 ? cols[1].strip() : "";
                if (!Set.of("lead", "alone", "answer").contains(kind)) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": needs word<TAB>lead|alone|answer");
                }
                String word = cols[0].strip();
                leading.add(word);
                if (!kind.equals("lead")) {
                    alone.add(word);
                }
                if (kind.equals("answer")) {
                    answers.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fillers(leading, alone, answers);
    }
}
