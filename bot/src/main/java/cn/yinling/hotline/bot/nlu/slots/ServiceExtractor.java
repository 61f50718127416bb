package cn.yinling.hotline.bot.nlu.slots;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which catalog service (code) a caller asks about, from the catalog's names and synonyms
 * ({@link ServiceLexicon}) plus a few tables kept here:
 * <ul>
 * <li>{@link AsrHomophones}: mishearings (主浴 → 助浴, 主餐 → 助餐 …) corrected first;</li>
 * <li>separable verbs: a synonym that starts with a verb also matches with a classifier or a doubled
 * verb, 的 or 完 inside (洗一次澡, 剃个头, 擦擦身, 买点菜, 量量血压, 送的饭, 洗完澡);</li>
 * <li>{@link #PATTERNS}: descriptions no word list covers ("热水器坏了", "陪他去医院");</li>
 * <li>{@link #STOP_WORDS}: longer words that contain a synonym but are no service (卫生间, 洗衣液,
 * 按摩椅, 护理员 (the worker, like 护工), 长期护理);</li>
 * <li>{@link #WEAK_WORDS}: synonyms that are small talk unless the caller books ("想找人说说话" is
 * chitchat, "约个人来陪我说说话" is companionship).</li>
 * </ul>
 * The longest word at a position wins. No service is tagged when the caller is not asking for care:
 * job seekers and sellers ("招不招护工", "要不要买按摩椅"), one's own chores ("我要去做饭了", "我出门去买菜了"),
 * skills ("我会理发"), or a service only denied ("我不是要约陪聊"). With two services, a denied one gives
 * way to the other ("不是洗澡是理发" → haircut); when an appointment is moved the service named last
 * before "改到/调到…" is the one moved; otherwise the first named wins. Thread-safe (immutable).
 */
public final class ServiceExtractor {

    private static final List<Map.Entry<String, String>> PATTERNS = List.of(
            Map.entry("陪[^，。,.!?！？]{0,4}?(医院|看病|就医|看医生|复查|看眼睛|看牙)", "escort_medical"),
            Map.entry("(医院|复查|看病)[^，。,.!?！？]{0,8}陪", "escort_medical"),
            Map.entry("(电视机?|空调|热水器|冰箱|洗衣机|油烟机|燃气灶|煤气灶|电饭煲|微波炉)(又|也|突然|好像|都)?"
                    + "(坏了|坏掉|不制冷|不制热|不出图像|没图像|不出水|不出热水|不亮|不转|漏水|不工作|没反应|出毛病|有毛病|不好使|打不着)",
                    "appliance_repair"),
            Map.entry("修[修一下个好完了]{0,2}(电视机?|空调|热水器|冰箱|洗衣机|油烟机|燃气灶|煤气灶|电饭煲|微波炉|电器|家电)",
                    "appliance_repair"),
            Map.entry("(电视机?|空调|热水器|冰箱|洗衣机|油烟机|燃气灶|煤气灶|电饭煲|微波炉)(给我)?(修|维修)", "appliance_repair"),
            Map.entry("(下水道|马桶|水池|水槽|地漏|管道|水管)(又|也|老是)?(堵|不通)", "pipe_dredging"),
            Map.entry("按按(腿|腰|背|肩|脖子|身子)", "rehab_nursing"),
            Map.entry("帮(我|忙|我们)?(去)?买[^药，。,]{0,4}(菜|米|油|鸡蛋|水果|东西|肉|鱼|面条|挂面|盐|酱油|日用品|纸)", "grocery_shopping"),
            Map.entry("(过年|过节|春节|中秋|端午|重阳|元宵|国庆|节日)[^，。,]{0,6}(看看|看望|探望|慰问)", "holiday_visit"),
            Map.entry("(窗户|玻璃|地板|厨房|油烟机)[^，。,]{0,2}(擦|拖|扫|打扫|收拾)", "cleaning"));

    private static final List<String> STOP_WORDS = List.of("卫生间", "卫生院", "卫生所", "卫生纸", "讲卫生", "洗衣液",
            "洗衣粉", "洗衣机", "按摩椅", "护理员", "长期护理", "护理补贴", "护理险", "心理压力");

    private static final Set<String> WEAK_WORDS = Set.of("聊天", "说说话", "陪伴", "心理", "午饭", "探访", "上门看看", "卫生");
    private static final String BOOKING_WORDS = "约|安排|派|订|上门|志愿者|陪我|陪她|陪他|陪老人|请个?人|叫个?人|来个人|帮我|帮忙";
    private static final Pattern BOOKING_CONTEXT = Pattern.compile(BOOKING_WORDS);
    /** A quick "none of the booking words" answer before the positions are looked at. */
    private static final CueSet ANY_BOOKING_WORD = CueSet.compile(BOOKING_WORDS);

    /** Words that negate a booking word right after them (within two chars). */
    private static final String[] NEGATED_BOOKING_BEFORE = {"不用", "不要", "别", "不", "没"};
    private static final Pattern MOVE_MARKER = Pattern.compile("改到|改成|改为|换到|换成|挪到|推到|调到|延到|延后到|推迟到|提前到");

    /** Verbs after which a classifier or the doubled verb may split a synonym (洗一次澡, 剃个头). */
    private static final String SEPARABLE_VERBS = "洗擦理剃剪做烧煮买取配拿扫拖修通量测搞送";
    private static final String SPLITTER = "(?:%s|了?(?:一个|一下|一次|一顿|个|次|点|些|顿)|的|完|好|过|了)?";

    private static final CueSet NOT_A_CARE_REQUEST = CueSet.compile(
            "招[^，。,]{0,3}(人|工|聘)|招不招|应聘|兼职|找工作|(去|来|在)你们(那|这)[^，。,]{0,4}(上班|干活|工作|当)"
                    + "|当[^，。,]{0,3}员|缺不缺|缺人|我想去干|推销给|我们公司|要不要买|收不收|二手");
    private static final Pattern OWN_CHORE_BEFORE = Pattern.compile("((我|俺|自己)(要|先|得|准备|这就|出门|还得)?去|我会)$");
    private static final Pattern DENIED_BEFORE = Pattern.compile(
            "(不是|不要|不约|别约|不想要|不用|不想)(要|约|要约|做)?(那个|这个|个|的)?$");
    private static final Pattern ONLY_DENIED_BEFORE = Pattern.compile("不是(要|约|要约)?(那个|这个|个)?$");

    /**
     * A synonym, description or stop word: matched with {@code indexOf} when {@code literal} is set,
     * else with {@code pattern}.
     */
    private record Term(Pattern pattern, String literal, String code, boolean weak, boolean described) {

        static Term of(String regex, String code, boolean weak, boolean described) {
            boolean plain = regex.startsWith("\\Q") && regex.endsWith("\\E") && regex.indexOf("\\E") == regex.length() - 2;
            return new Term(Pattern.compile(regex), plain ? regex.substring(2, regex.length() - 2) : null, code, weak,
                    described);
        }
    }

    private record Hit(int start, int end, String code, boolean weak, boolean described) {
    }

    private final Term[] terms;
    /**
     * The terms each character can start (term indexes in {@link #terms}), so that only terms whose
     * first character occurs in the text are run; the order of {@link #terms} is kept, which keeps
     * the tie-breaking of {@link #longestHits}.
     */
    private final Map<Character, BitSet> termsByFirstChar;
    /** Terms whose first character is not plain to see: always run. */
    private final BitSet alwaysRun;

    /** Reads the catalog from the classpath. */
    public ServiceExtractor() {
        this(ServiceLexicon.fromClasspath());
    }

    public ServiceExtractor(ServiceLexicon lexicon) {
        List<Term> list = new ArrayList<>();
        lexicon.wordsByCode().forEach((code, words) -> words.forEach(
                w -> list.add(Term.of(wordPattern(w), code, WEAK_WORDS.contains(w), false))));
        PATTERNS.forEach(p -> list.add(Term.of(p.getKey(), p.getValue(), false, true)));
        STOP_WORDS.forEach(w -> list.add(Term.of(Pattern.quote(w), null, false, false)));
        this.terms = list.toArray(Term[]::new);
        Map<Character, BitSet> byFirstChar = new HashMap<>();
        BitSet always = new BitSet();
        for (int i = 0; i < terms.length; i++) {
            Set<Character> first = terms[i].literal() != null
                    ? Set.of(terms[i].literal().charAt(0)) : CueSet.firstCharsOfRegex(terms[i].pattern().pattern());
            if (first == null) {
                always.set(i);
                continue;
            }
            for (char c : first) {
                byFirstChar.computeIfAbsent(c, k -> new BitSet()).set(i);
            }
        }
        this.termsByFirstChar = Map.copyOf(byFirstChar); // the BitSets are only read from here on
        this.alwaysRun = always;
    }

    public Optional<String> extract(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return extractNormalized(CharNormalizer.normalize(text));
    }

    /** The same as {@link #extract} for text already {@linkplain CharNormalizer#normalize normalised}. */
    Optional<String> extractNormalized(String normalized) {
        if (normalized.isBlank()) {
            return Optional.empty();
        }
        String t = AsrHomophones.correct(normalized);
        if (NOT_A_CARE_REQUEST.foundIn(t)) {
            return Optional.empty();
        }
        boolean booking = ANY_BOOKING_WORD.foundIn(t) && BOOKING_CONTEXT.matcher(t).results()
                .anyMatch(r -> !endsWithAny(t, Math.max(0, r.start() - 2), r.start(), NEGATED_BOOKING_BEFORE));
        List<Hit> hits = longestHits(t).stream()
                .filter(h -> h.code() != null)
                .filter(h -> booking || !h.weak())
                .filter(h -> h.described() || !before(t, h, OWN_CHORE_BEFORE))
                .toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Set<String> codes = hits.stream().map(Hit::code).collect(Collectors.toSet());
        if (codes.size() > 1) {
            List<Hit> kept = hits.stream().filter(h -> !before(t, h, DENIED_BEFORE)).toList();
            List<Hit> candidates = kept.isEmpty() ? hits : kept;
            Matcher move = MOVE_MARKER.matcher(t);
            if (move.find()) {
                int marker = move.start();
                List<Hit> moved = candidates.stream().filter(h -> h.end() <= marker).toList();
                if (!moved.isEmpty()) {
                    return Optional.of(moved.get(moved.size() - 1).code()); // "我妈那天要体检，护理能不能调到第二天"
                }
            }
            return Optional.of(candidates.get(0).code());
        }
        if (hits.stream().allMatch(h -> before(t, h, ONLY_DENIED_BEFORE))) {
            return Optional.empty(); // "我不是要约陪聊…", "不是洗澡"
        }
        return Optional.of(hits.get(0).code());
    }

    private List<Hit> longestHits(String t) {
        List<Hit> all = new ArrayList<>();
        BitSet candidates = (BitSet) alwaysRun.clone();
        for (int i = 0; i < t.length(); i++) {
            BitSet starting = termsByFirstChar.get(t.charAt(i));
            if (starting != null) {
                candidates.or(starting);
            }
        }
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Term term = terms[i];
            if (term.literal() != null) {
                String w = term.literal();
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + w.length())) {
                    all.add(new Hit(at, at + w.length(), term.code(), term.weak(), term.described()));
                }
                continue;
            }
            Matcher m = term.pattern().matcher(t);
            while (m.find()) {
                all.add(new Hit(m.start(), m.end(), term.code(), term.weak(), term.described()));
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        int reached = -1;
        for (Hit h : all) {
            if (h.start() >= reached) {
                kept.add(h);
                reached = h.end();
            }
        }
        return kept;
    }

    /** Whether {@code t[from, to)} ends with one of the words, as the regex {@code (w1|w2…)$} on that window. */
    private static boolean endsWithAny(String t, int from, int to, String[] words) {
        for (String w : words) {
            if (to - w.length() >= from && t.startsWith(w, to - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(String t, Hit h, Pattern p) {
        return p.matcher(t.substring(Math.max(0, h.start() - 6), h.start())).find();
    }

    /** The literal word; a verb-first word of 2–4 chars may be split after its verb. */
    static String wordPattern(String word) {
        char first = word.charAt(0);
        if (word.length() >= 2 && word.length() <= 4 && SEPARABLE_VERBS.indexOf(first) >= 0) {
            String verb = Pattern.quote(String.valueOf(first));
            return verb + SPLITTER.formatted(verb) + Pattern.quote(word.substring(1));
        }
        return Pattern.quote(word);
    }
}
