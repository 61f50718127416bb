package cn.yinling.hotline.bot.nlu.emergency;

import cn.yinling.hotline.bot.nlu.emergency.CueIndex.Hit;
import cn.yinling.hotline.bot.nlu.emergency.Danger.Verdict;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The recall-first emergency detector: danger cues by category (falls, chest pain, breathlessness,
 * stroke signs, bleeding, burns, choking, gas, fire, intruders and threats, a missing person with
 * dementia, suicidal talk, calls for help), in Mandarin, common dialect words and traditional
 * characters, read in their clause so that a plain denial ("我没摔倒") or a past event ("我妈摔的
 * 那次已经好了") is not an emergency while "不是预约，是我妈摔倒了" is. The rules are data
 * ({@code nlu/emergency-rules.yml}, which explains how a message is read); each decision says which
 * cue of which category made it ({@link Danger}).
 *
 * <p>Why rules and not the intent model: the model is trained for accuracy over sixteen intents and
 * has to be sure before it says anything; this must never miss, and must say why. It runs on every
 * turn, so a message is scanned once through an index of cue first characters; the context rules
 * are only looked at around a cue found. Immutable, thread-safe.
 */
public final class EmergencyDetector {

    private static final String RESOURCE = "nlu/emergency-rules.yml";
    /** Punctuation that ends a clause, in the normalised form (full-width already half-width). */
    private static final String CLAUSE_MARKS = ",.!?;:、。…~\"'“”‘’()（）《》「」【】";
    /** The first characters of A-not-A questions: 是不是, 有没有, 会不会, 系唔系. */
    private static final String NOT_CHARS = "不没唔";
    /** A resolved word right after one of these is not resolved ("还没好了"). */
    private static final String NEGATING_CHARS = "不没唔未冇";

    private final TextForm form;
    private final CueIndex cues;
    private final Phrases except;
    private final Phrases resets;
    private final Phrases negations;
    private final Phrases notNegations;
    private final String gapChars;
    private final int negationWithin;
    private final Phrases hypothetical;
    private final Phrases nearHypothetical;
    private final Phrases notHypothetical;
    private final Phrases past;
    private final Phrases pastAfter;
    private final int pastWithin;
    private final Phrases recent;
    private final Phrases notRecent;
    private final Phrases resolved;
    private final Phrases notResolved;

    private EmergencyDetector(EmergencyRules rules) {
        this.form = new TextForm(rules.simplify());
        this.cues = CueIndex.compile(rules.categories(), form, rules.pairWithin(), CLAUSE_MARKS);
        this.except = Phrases.of(rules.except(), form);
        this.resets = Phrases.of(rules.resets(), form);
        this.negations = Phrases.of(rules.negation().words(), form);
        this.notNegations = Phrases.of(rules.negation().notNegations(), form);
        this.gapChars = form.of(rules.negation().gapChars());
        this.negationWithin = rules.negation().within();
        this.hypothetical = Phrases.of(rules.hypothetical().words(), form);
        this.nearHypothetical = Phrases.of(rules.hypothetical().near(), form);
        this.notHypothetical = Phrases.of(rules.hypothetical().notHypothetical(), form);
        this.past = Phrases.of(rules.past().words(), form);
        this.pastAfter = Phrases.of(rules.past().after(), form);
        this.pastWithin = rules.past().within();
        this.recent = Phrases.of(rules.recent(), form);
        this.notRecent = Phrases.of(rules.notRecent(), form);
        this.resolved = Phrases.of(rules.resolved(), form);
        this.notResolved = Phrases.of(rules.notResolved(), form);
    }

    /** The shipped rules ({@value #RESOURCE}), read once per JVM. */
    public static EmergencyDetector standard() {
        return Shipped.DETECTOR;
    }

    /** A detector over the rules in {@code yaml} (the format of {@value #RESOURCE}). */
    public static EmergencyDetector load(InputStream yaml) {
        return new EmergencyDetector(EmergencyRules.read(yaml));
    }

    private static final class Shipped {
        static final EmergencyDetector DETECTOR = fromClasspath();

        private static EmergencyDetector fromClasspath() {
            InputStream in = EmergencyDetector.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The emergency rules " + RESOURCE + " are not on the classpath");
            }
            return load(in);
        }
    }

    public Danger detect(String text) {
        String s = form.of(text);
        List<Hit> hits = cues.find(s);
        if (hits.isEmpty()) {
            return Danger.NONE;
        }
        List<int[]> excepted = except.spans(s, 0, s.length());
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            // A pair's second part decides (出去量血压); its first part may be an excepted word (报警器在响).
            boolean secondExcepted = !h.cue().phrase() && Spans.inside(h.secondStart(), h.end(), excepted);
            if (!Spans.inside(h.start(), h.end(), excepted) && !secondExcepted) {
                kept.add(h);
            }
        }
        Hit best = null;
        Reading bestReading = null;
        List<Hit> addingUp = new ArrayList<>();
        for (Hit h : kept) {
            Reading r = read(s, h, kept);
            // The strongest cue decides; of equally strong ones the longest says most (起不来 rather than 摔).
            if (best == null || r.level > bestReading.level
                    || r.level == bestReading.level && h.end() - h.start() > best.end() - best.start()) {
                best = h;
                bestReading = r;
            }
            if (r.level == CueIndex.UNSURE && h.cue().kind().addsUp() && overlapsNone(h, addingUp)) {
                addingUp.add(h); // two separate signs, not one read twice (手脚发麻 and its 脚发麻)
            }
        }
        if (best == null) {
            return Danger.NONE;
        }
        if (bestReading.level < CueIndex.STRONG && addingUp.size() >= 2) {
            return danger(Verdict.EMERGENCY, addingUp.get(0), s, null); // 头好晕，眼前发黑: two signs together
        }
        if (bestReading.level == 0 && !bestReading.denied) {
            return Danger.NONE; // weakened away ("昨天头有点晕，今天好多了"), but not denied: no verdict either way
        }
        Verdict v = bestReading.level >= CueIndex.STRONG ? Verdict.EMERGENCY
                : bestReading.level == CueIndex.UNSURE ? Verdict.UNSURE : Verdict.DENIED;
        return danger(v, best, s, bestReading.weakenedBy);
    }

    private static boolean overlapsNone(Hit h, List<Hit> others) {
        for (Hit o : others) {
            if (h.start() < o.end() && o.start() < h.end()) {
                return false;
            }
        }
        return true;
    }

    private static Danger danger(Verdict v, Hit h, String s, String weakenedBy) {
        return new Danger(v, h.cue().kind().id(), h.cue().kind().name(), h.text(s), weakenedBy);
    }

    /** A cue's strength in its clause; {@code denied} when a negation or the past (not a weakening) took it to nothing. */
    private record Reading(int level, String weakenedBy, boolean denied) {
    }

    /** How strong one cue is in its clause. */
    private Reading read(String s, Hit h, List<Hit> all) {
        int level = h.cue().level();
        if (level == CueIndex.STRONG && insideAnUnsurePhrase(h, all)) {
            level = CueIndex.UNSURE; // 差点摔 is not 摔, 流鼻血 not 流血
        }
        if (level == CueIndex.UNSURE && h.cue().kind().boosters().firstIn(s, 0, s.length(), List.of()) != null) {
            level = CueIndex.STRONG;
        }
        int from = clauseStart(s, h.start());
        int to = clauseEnd(s, h.end());
        String negation = negation(s, h.start(), from);
        if (negation != null) {
            return new Reading(0, negation, true);
        }
        String weakenedBy = null;
        String pastWord = past(s, h, from, to);
        if (pastWord != null) {
            if (!h.cue().kind().pastOnlyWeakens()) {
                return new Reading(0, pastWord, true);
            }
            level--;
            weakenedBy = pastWord;
        }
        for (String w : new String[] {hypothetical(s, h.start(), from), recentIn(s, h, from, to), resolvedAfter(s, h.end())}) {
            if (w != null) {
                level--;
                weakenedBy = weakenedBy == null ? w : weakenedBy;
            }
        }
        return new Reading(Math.max(0, level), weakenedBy, false);
    }

    private static boolean insideAnUnsurePhrase(Hit h, List<Hit> all) {
        for (Hit u : all) {
            if (u != h && u.cue().phrase() && u.cue().level() == CueIndex.UNSURE && u.start() <= h.start() && h.end() <= u.end()) {
                return true;
            }
        }
        return false;
    }

    private int clauseStart(String s, int at) {
        for (int i = at; i > 0; i--) {
            if (CLAUSE_MARKS.indexOf(s.charAt(i - 1)) >= 0 || resets.endingAt(s, i, start -> true) != null) {
                return i;
            }
        }
        return 0;
    }

    private int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0 || resets.startingAt(s, i) != null) {
                return i;
            }
        }
        return s.length();
    }

    /** A negation right before the cue ("我没摔倒", "我妈没在家摔倒"), not a question (是不是) or 没想到. */
    private String negation(String s, int cueStart, int clauseStart) {
        return before(s, cueStart, clauseStart, negations,
                at -> !aNotA(s, at) && notNegations.startingAt(s, at) == null);
    }

    /** A word of {@code words} ending at most {@link #negationWithin} gap characters before {@code cueStart}. */
    private String before(String s, int cueStart, int clauseStart, Phrases words, IntPredicate acceptable) {
        for (int gap = 0; gap <= negationWithin; gap++) {
            int end = cueStart - gap;
            if (end <= clauseStart || gap > 0 && gapChars.indexOf(s.charAt(end)) < 0) {
                return null;
            }
            String w = words.endingAt(s, end, at -> at >= clauseStart && acceptable.test(at));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** 是不是, 有没有, 会不会: the negation asks, it does not deny. */
    private static boolean aNotA(String s, int at) {
        if (at == 0 || at + 1 >= s.length() || NOT_CHARS.indexOf(s.charAt(at)) < 0) {
            return false;
        }
        char before = s.charAt(at - 1);
        return before == s.charAt(at + 1) || s.charAt(at) == '没' && before == '有';
    }

    private String past(String s, Hit h, int from, int to) {
        for (int[] span : past.spans(s, from, to)) {
            boolean before = span[1] <= h.start() && h.start() - span[1] <= pastWithin;
            boolean after = span[0] >= h.end() && span[0] - h.end() <= pastWithin;
            if (before || after) {
                return s.substring(span[0], span[1]);
            }
        }
        for (int[] span : pastAfter.spans(s, h.end(), to)) {
            if (span[0] - h.end() <= pastWithin) {
                return s.substring(span[0], span[1]);
            }
        }
        return null;
    }

    private String hypothetical(String s, int cueStart, int clauseStart) {
        List<int[]> not = notHypothetical.spans(s, clauseStart, Math.min(s.length(), cueStart + 1));
        String w = hypothetical.firstIn(s, clauseStart, cueStart, not);
        if (w != null) {
            return w;
        }
        return before(s, cueStart, clauseStart, nearHypothetical, at -> !insideAny(at, not));
    }

    private static boolean insideAny(int at, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] <= at && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** 昨天摔了一跤; not 从昨天起就联系不上 (notRecent: since then, still). */
    private String recentIn(String s, Hit h, int from, int to) {
        List<int[]> ongoing = notRecent.spans(s, from, to);
        String w = recent.firstIn(s, from, h.start(), ongoing);
        return w != null ? w : recent.firstIn(s, h.end(), to, ongoing);
    }

    /** "摔了一跤，没事了"; not "还没好了" (a negation right before), not "不要紧张" (notResolved). */
    private String resolvedAfter(String s, int cueEnd) {
        List<int[]> not = notResolved.spans(s, cueEnd, s.length());
        for (int[] span : resolved.spans(s, cueEnd, s.length())) {
            boolean negated = span[0] > 0 && NEGATING_CHARS.indexOf(s.charAt(span[0] - 1)) >= 0;
            if (!negated && !Spans.inside(span[0], span[1], not)) {
                return s.substring(span[0], span[1]);
            }
        }
        return null;
    }
}
