package cn.yinling.hotline.ivr.simulator;

import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How long each sound plays, as the simulated Asterisk's sound directory: the prompt catalog's
 * pieces at the pace of slow Mandarin, or the lengths measured from rendered files
 * ({@code lengths.txt}, {@code id=milliseconds}, written by {@code config/prompts/render-prompts.sh}).
 * Fallback pieces ({@code say.…}) are not rendered until someone renders them, so they are missing
 * here, as on a fresh Asterisk; sounds outside the catalog (Asterisk's own) last a few seconds.
 *
 * <p>These lengths answer for every sound directory unless a directory is given its own
 * ({@link #withDirectory}): an elder's slow or dialect set, which may lack pieces ({@link #without}),
 * so that a test sees the IVR fall back to the standard set piece by piece.
 */
public final class PromptLengths {

    /** Slow Mandarin for elders: about three characters a second, plus the silence around a file. */
    private static final double SECONDS_PER_CHARACTER = 0.3;
    private static final double SILENCE_SECONDS = 0.2;
    private static final double UNKNOWN_SOUND_SECONDS = 3.0;

    private final Map<String, Double> seconds;
    /** Directories with lengths (and missing pieces) of their own; any other plays with {@link #seconds}. */
    private final Map<String, PromptLengths> directories;
    /** Pieces with no file here at all (not even an unknown sound's length). */
    private final Set<String> missing;

    private PromptLengths(Map<String, Double> seconds) {
        this(seconds, Map.of(), Set.of());
    }

    private PromptLengths(Map<String, Double> seconds, Map<String, PromptLengths> directories, Set<String> missing) {
        this.seconds = seconds;
        this.directories = directories;
        this.missing = missing;
    }

    /** These lengths, with the sound directory {@code directory} playing {@code lengths} instead. */
    public PromptLengths withDirectory(String directory, PromptLengths lengths) {
        Map<String, PromptLengths> dirs = new HashMap<>(directories);
        dirs.put(directory, lengths);
        return new PromptLengths(seconds, Map.copyOf(dirs), missing);
    }

    /** These lengths without the pieces {@code ids}: Asterisk finds no file for them. */
    public PromptLengths without(String... ids) {
        Set<String> gone = new HashSet<>(missing);
        gone.addAll(Arrays.asList(ids));
        return new PromptLengths(seconds, directories, Set.copyOf(gone));
    }

    /** Every piece {@code factor} times as long: a set rendered at a slower pace. */
    public PromptLengths slower(double factor) {
        if (factor <= 0) {
            throw new IllegalArgumentException("factor must be positive: " + factor);
        }
        Map<String, Double> longer = new HashMap<>();
        seconds.forEach((id, s) -> longer.put(id, s * factor));
        return new PromptLengths(longer, directories, missing);
    }

    /** Every catalog piece, its length estimated from its words. */
    public static PromptLengths estimated() {
        Map<String, Double> seconds = new HashMap<>();
        PromptCatalog.standard().prompts().forEach((id, text) -> seconds.put(id,
                SILENCE_SECONDS + PromptCatalog.spokenForm(text).length() * SECONDS_PER_CHARACTER));
        return new PromptLengths(seconds);
    }

    /** These lengths, overridden by the measured ones in {@code file} ({@code id=ms} lines). */
    public PromptLengths measured(Path file) throws IOException {
        Map<String, Double> merged = new HashMap<>(seconds);
        merged.putAll(read(file));
        return new PromptLengths(merged, directories, missing);
    }

    /**
     * Only the lengths measured in {@code file}, no estimate: for checks of how long the hotline
     * really talks, which a guess for a prompt nobody rendered must not pass.
     */
    public static PromptLengths rendered(Path file) throws IOException {
        return new PromptLengths(read(file));
    }

    /**
     * Seconds the pieces of {@code prompt} play one after another (Asterisk streams them back to back),
     * or empty when a piece has no length here.
     */
    public OptionalDouble seconds(Prompt prompt) {
        double total = 0;
        for (String id : prompt.ids()) {
            Double s = seconds.get(id);
            if (s == null || missing.contains(id)) {
                return OptionalDouble.empty();
            }
            total += s;
        }
        return OptionalDouble.of(total);
    }

    private static Map<String, Double> read(Path file) throws IOException {
        Map<String, Double> measured = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                try {
                    measured.put(line.substring(0, eq).strip(), Long.parseLong(line.substring(eq + 1).strip()) / 1000.0);
                } catch (NumberFormatException e) {
                    throw new IOException("Not id=milliseconds in " + file + ": " + line, e);
                }
            }
        }
        return measured;
    }

    /**
     * Seconds the sound {@code file} ({@code <directory>/<id>}, or a bare id) plays; empty when Asterisk
     * would find no file for it.
     */
    OptionalDouble of(String file) {
        int slash = file.lastIndexOf('/');
        String id = file.substring(slash + 1);
        PromptLengths own = slash < 0 ? null : directories.get(file.substring(0, slash));
        if (own != null) {
            return own.of(id);
        }
        if (missing.contains(id)) {
            return OptionalDouble.empty();
        }
        Double s = seconds.get(id);
        if (s != null) {
            return OptionalDouble.of(s);
        }
        return id.startsWith(PromptCatalog.FALLBACK_PREFIX) ? OptionalDouble.empty() : OptionalDouble.of(UNKNOWN_SOUND_SECONDS);
    }
}
