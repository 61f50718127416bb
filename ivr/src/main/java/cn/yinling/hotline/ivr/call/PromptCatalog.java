package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.Sha256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every piece of speech the hotline can play, by stable id ({@value #RESOURCE}, one {@code id=text}
 * line each; the same file {@code config/prompts/render-prompts.sh} renders to audio).
 *
 * <p>What the dialog engine says arrives as one Chinese text; {@link #prompt(String)} splits it into
 * catalog pieces. Why segmentation and not a structured speech model in the engine: the engine builds
 * its speech in many places (flows, bundle patterns with arguments, SpokenChinese for numbers and dates,
 * option labels), and every one of them would have to carry pieces instead of text; splitting the final
 * text needs no change there, works for texts composed in ways nobody planned, and keeps the IVR the only
 * part that knows prompts are files. The catalog holds each bundle message cut at its arguments, plus the
 * pieces arguments are made of (digits, 十/百/千/万, 小时, 元, 月, 日, 星期, 上午, 点, 半, service names,
 * surnames, 阿姨/大爷), so a bundle message with any arguments splits cleanly; PromptCatalogCoverageTest
 * proves it for every voice message. The split is the one with the fewest pieces (dynamic programming
 * over all matches, not greedy longest-match, which can take a long piece that strands the rest):
 * whole phrases win over single characters. Punctuation and spaces are not spoken and are ignored
 * when matching.
 *
 * <p>Fallback: a stretch no catalog piece covers (a rare surname, a free FAQ answer) becomes one piece
 * {@code say.<hash of its words>}, logged once as {@code MISSING-PROMPT <id> <text>}. Such an id plays
 * once the render script has rendered it ({@code render-prompts.sh --extra <log file>}); until then
 * Asterisk skips the missing file ({@code result=-1}) and the rest of the reply still plays. The cost
 * of one such stretch outweighs any number of catalog pieces, so the text is covered by the catalog
 * wherever it can be, and an unknown stretch is kept whole (a name with a digit inside is not read in
 * scraps) but no longer than the words the catalog lacks.
 */
public final class PromptCatalog {

    public static final String RESOURCE = "prompts/catalog.properties";
    /** Ids of texts the catalog does not cover. */
    public static final String FALLBACK_PREFIX = "say.";

    private static final Logger log = LoggerFactory.getLogger(PromptCatalog.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
    /** A stretch the catalog cannot say costs more than any split into pieces… */
    private static final int FALLBACK_COST = 1_000;
    /** …and each of its characters more than a piece, so it is no longer than it must be. */
    private static final int FALLBACK_CHARACTER_COST = 2;
    private static final int FALLBACK_HEX_CHARS = 12;
    /** Replies repeat (menus, greetings): split each text once. Bounded; days and amounts vary. */
    private static final int CACHE_LIMIT = 4_096;
    private static final int MISSING_LOG_LIMIT = 10_000;

    private final Map<String, String> texts;
    private final Node root = new Node();
    private final Map<String, Prompt> cache = new ConcurrentHashMap<>();
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    private PromptCatalog(Map<String, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
        Map<String, String> idsBySpokenText = new HashMap<>();
        texts.forEach((id, text) -> {
            String spoken = spokenForm(text);
            if (spoken.isEmpty()) {
                throw new IllegalArgumentException("Prompt " + id + " says nothing: " + text);
            }
            String other = idsBySpokenText.putIfAbsent(spoken, id);
            if (other != null) {
                throw new IllegalArgumentException("Prompts " + other + " and " + id + " say the same: " + text);
            }
            root.add(spoken, id);
        });
    }

    /** The catalog on the classpath, read once (it is immutable, like the message bundle it mirrors). */
    public static PromptCatalog standard() {
        return Standard.CATALOG;
    }

    /** Reads {@code id=text} lines; {@code #} starts a comment line. No escapes, no continuation lines. */
    public static PromptCatalog read(Reader reader) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            String id = eq < 0 ? "" : l.substring(0, eq).strip();
            if (!ID.matcher(id).matches() || id.startsWith(FALLBACK_PREFIX)) {
                throw new IllegalArgumentException("Line " + number + " is not <id>=<text>: " + line);
            }
            if (texts.put(id, l.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("Prompt id " + id + " appears twice (line " + number + ")");
            }
        }
        return new PromptCatalog(texts);
    }

    /** Every prompt, id → text, in file order. */
    public Map<String, String> prompts() {
        return texts;
    }

    public Optional<String> text(String id) {
        return Optional.ofNullable(texts.get(id));
    }

    /** What the engine says, as the catalog pieces to play one after another. */
    public Prompt prompt(String speech) {
        Prompt cached = cache.get(speech);
        if (cached != null) {
            return cached;
        }
        Prompt prompt = split(speech);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(speech, prompt);
        }
        return prompt;
    }

    /** The words without punctuation and spaces, which are not spoken. */
    public static String spokenForm(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (spoken(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean spoken(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> false;
            default -> true;
        };
    }

    private Prompt split(String speech) {
        // Positions in the spoken form, and where each one is in the original text (for fallback words).
        int[] origin = new int[speech.length() + 1];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < speech.length(); i++) {
            if (spoken(speech.charAt(i))) {
                origin[sb.length()] = i;
                sb.append(speech.charAt(i));
            }
        }
        String s = sb.toString();
        int n = s.length();
        origin[n] = speech.length();
        int[] cost = new int[n + 1];
        int[] from = new int[n + 1];
        String[] via = new String[n + 1]; // catalog id of the piece ending here, null for a fallback stretch
        Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Integer.MAX_VALUE) {
                continue;
            }
            Node node = root;
            for (int j = i; j < n && (node = node.next(s.charAt(j))) != null; j++) {
                if (node.id != null && cost[i] + 1 < cost[j + 1]) {
                    cost[j + 1] = cost[i] + 1;
                    from[j + 1] = i;
                    via[j + 1] = node.id;
                }
            }
            for (int k = i + 1; k <= n; k++) {
                int c = cost[i] + FALLBACK_COST + FALLBACK_CHARACTER_COST * (k - i);
                if (c < cost[k]) {
                    cost[k] = c;
                    from[k] = i;
                    via[k] = null;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            ids.add(via[end] != null ? via[end] : fallback(s.substring(from[end], end),
                    speech.substring(origin[from[end]], end == n ? speech.length() : origin[end])));
        }
        Collections.reverse(ids);
        return new Prompt(speech, ids);
    }

    private String fallback(String spoken, String text) {
        String id = FALLBACK_PREFIX + digest(spoken);
        if (reportedMissing.size() < MISSING_LOG_LIMIT && reportedMissing.add(id)) {
            // One line per text, in the form render-prompts.sh --extra reads back.
            log.warn("MISSING-PROMPT {} {}", id, text.strip());
        }
        return id;
    }

    private static String digest(String text) {
        return Sha256.hex(text).substring(0, FALLBACK_HEX_CHARS);
    }

    /** A trie of the catalog's spoken forms: one walk from a position finds every piece starting there. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private String id;

        void add(String word, String id) {
            Node node = this;
            for (int i = 0; i < word.length(); i++) {
                node = node.next.computeIfAbsent(word.charAt(i), c -> new Node());
            }
            node.id = id;
        }

        Node next(char c) {
            return next.get(c);
        }
    }

    private static final class Standard {
        static final PromptCatalog CATALOG = load();

        private static PromptCatalog load() {
            try (InputStream in = PromptCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("No prompt catalog on the classpath: " + RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
