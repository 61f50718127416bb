package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.bot.reply.SpokenChinese;
import cn.yinling.hotline.cases.catalog.ServiceCategory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The prompt catalog says everything the hotline says on the phone: every voice message of the bot
 * bundle, with representative arguments (all dates of a year, times, durations, amounts, counts,
 * service names, common surnames), splits into catalog pieces without a fallback. A new or reworded
 * message fails here until the catalog has its words.
 */
class PromptCatalogCoverageTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.bot", Locale.ROOT);
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    /** Messages only shown on screens (WeChat, web chat, the agents' console), never said. */
    private static final List<String> SCREEN_ONLY_PREFIXES = List.of("wechat.", "notify.", "reason.", "takeover.",
            "render.chat.", "binding.", "family.", "chat.");
    private static final Set<String> SCREEN_ONLY = Set.of("rating.complaint", "balance.household", "tooLong",
            "welcome.family", "identify.wechatUnbound", "balance.recentItem", "bookings.item",
            "bookings.itemNoWorker");
    /**
     * Free text by design (FAQ answers; an emergency's elder, address and words told to a responder):
     * played through the fallback, see PromptCatalog. The responder's fixed words: ResponderPromptsTest.
     */
    private static final Set<String> FREE_TEXT = Set.of("policy.answer", "responder.notice", "responder.what.said",
            "responder.accepted");

    private final Messages messages = new Messages();
    private final PromptCatalog catalog = PromptCatalog.standard();
    private final List<String> services = serviceNames();

    @Test
    void everyVoiceMessageWithRepresentativeArgumentsIsSaidByCatalogPieces() {
        Map<String, Supplier<List<Object[]>>> arguments = arguments();
        Map<String, String> uncovered = new TreeMap<>();
        Set<String> withoutArguments = new TreeSet<>();
        for (String key : voiceKeys()) {
            String pattern = BUNDLE.containsKey(key + ".speech") ? BUNDLE.getString(key + ".speech") : BUNDLE.getString(key);
            if (!ARGUMENT.matcher(pattern).find()) {
                check(key, messages.speech(key), uncovered);
            } else if (!arguments.containsKey(key)) {
                withoutArguments.add(key);
            } else {
                for (Object[] args : arguments.get(key).get()) {
                    check(key, messages.speech(key, args), uncovered);
                }
            }
        }
        assertThat(withoutArguments).as("voice messages with arguments this test has no examples for").isEmpty();
        assertThat(uncovered).as("speech the catalog cannot say (message key → text)").isEmpty();
    }

    @Test
    void optionLabelsWrittenForScreensAreSaidByCatalogPieces() {
        ReplyRenderer renderer = new ReplyRenderer();
        Map<String, String> uncovered = new TreeMap<>();
        for (LocalDate d : days()) {
            Reply.Builder reply = Reply.builder();
            reply.option("1", SpokenChinese.dateShort(d));
            for (int h = 8; h < 18; h++) {
                reply.option("2", SpokenChinese.dateShort(d) + SpokenChinese.timeShort(LocalTime.of(h, 0)));
                reply.option("3", SpokenChinese.dateShort(d) + SpokenChinese.timeShort(LocalTime.of(h, 30)) + " "
                        + services.get(h % services.size()));
            }
            IntStream.rangeClosed(1, 5).forEach(i -> reply.option(Integer.toString(i), messages.text("rating.option", i)));
            reply.option(new Option("1", SpokenChinese.dateShort(d), SpokenChinese.weekday(d)));
            Arrays.stream(ServiceCategory.values()).forEach(c -> reply.option("2", messages.text("category." + c)));
            services.forEach(s -> reply.option("4", s));
            check("options of " + d, renderer.forVoice(reply.build()), uncovered);
        }
        assertThat(uncovered).isEmpty();
    }

    @Test
    void everyServiceAndSurnameIsOnePiece() {
        services.forEach(s -> assertThat(catalog.prompt(s).ids()).as(s).singleElement().asString().startsWith("svc."));
        catalog.prompts().forEach((id, text) -> {
            if (id.startsWith("name.")) {
                assertThat(catalog.prompt(messages.text("title.female", text)).ids()).containsExactly(id, "title.female");
            }
        });
    }

    private void check(String key, String speech, Map<String, String> uncovered) {
        Prompt prompt = catalog.prompt(speech);
        if (prompt.hasFallback()) {
            uncovered.putIfAbsent(key, speech + "  →  " + prompt.ids());
        }
    }

    private static Set<String> voiceKeys() {
        return Collections.list(BUNDLE.getKeys()).stream()
                .filter(k -> !k.endsWith(".speech"))
                .filter(k -> SCREEN_ONLY_PREFIXES.stream().noneMatch(k::startsWith))
                .filter(k -> !SCREEN_ONLY.contains(k) && !FREE_TEXT.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Examples for each voice message with arguments, in the words the flows put there. */
    private Map<String, Supplier<List<Object[]>>> arguments() {
        Map<String, Supplier<List<Object[]>>> a = new TreeMap<>();
        a.put("welcome.known", () -> titles().stream().map(t -> new Object[] {t}).toList());
        a.put("identify.ok", () -> titles().stream().map(t -> new Object[] {t}).toList());
        a.put("title.female", () -> surnames().stream().map(s -> new Object[] {s}).toList());
        a.put("title.male", () -> surnames().stream().map(s -> new Object[] {s}).toList());
        a.put("title.worker", () -> surnames().stream().map(s -> new Object[] {s}).toList());
        a.put("book.beyondHorizon", () -> days().stream().map(d -> new Object[] {SpokenChinese.date(d)}).toList());
        a.put("responder.what.category", () -> List.of(new Object[] {"跌倒"}, new Object[] {"燃气泄漏"}));
        a.put("book.confirm", () -> {
            List<Object[]> out = new ArrayList<>();
            for (LocalDate d : days()) {
                for (String cost : costs()) {
                    out.add(new Object[] {SpokenChinese.date(d), SpokenChinese.time(LocalTime.of(9 + d.getDayOfMonth() % 9, 0)),
                        services.get(d.getDayOfYear() % services.size()), SpokenChinese.minutes(30L * (1 + d.getDayOfMonth() % 16)),
                        cost});
                }
            }
            return out;
        });
        for (String state : List.of("SUBMITTED", "COMMUNITY_REVIEW", "PUBLIC_NOTICE", "STREET_REVIEW", "DISTRICT_APPROVAL",
                "APPROVED")) {
            a.put("application." + state, () -> days().stream().map(d -> new Object[] {SpokenChinese.date(d)}).toList());
        }
        a.put("book.cost.partly", () -> fen().mapToObj(f -> new Object[] {SpokenChinese.money(f)}).toList());
        a.put("book.cost.paid", () -> fen().mapToObj(f -> new Object[] {SpokenChinese.money(f)}).toList());
        a.put("book.done", () -> days().stream().map(d -> new Object[] {SpokenChinese.date(d), SpokenChinese.time(LocalTime.of(14, 0)),
            services.get(d.getDayOfYear() % services.size()), messages.text("title.worker", "张"), "1234"}).toList());
        a.put("book.leadTime", () -> days().stream().map(d -> new Object[] {services.get(d.getDayOfYear() % services.size()),
            SpokenChinese.date(d), SpokenChinese.time(LocalTime.of(9, 0))}).toList());
        a.put("book.elderBusy", () -> days().stream().map(d -> new Object[] {SpokenChinese.date(d),
            SpokenChinese.time(LocalTime.of(8 + d.getDayOfMonth() % 10, d.getDayOfMonth() % 2 * 30)),
            services.get(d.getDayOfYear() % services.size()), SpokenChinese.time(LocalTime.of(19, 0))}).toList());
        a.put("book.insufficient", () -> minutesAndMoney().stream().map(x -> new Object[] {x, x}).toList());
        a.put("balance.none", () -> List.<Object[]>of(new Object[] {""}));
        a.put("balance.hours", () -> balances(true));
        a.put("balance.money", () -> balances(false));
        a.put("balance.held", () -> minutesAndMoney().stream().map(x -> new Object[] {x}).toList());
        a.put("balance.recent", () -> days().stream().map(d -> new Object[] {
            messages.text("balance.recentItem", SpokenChinese.date(d), services.get(d.getDayOfYear() % services.size())) + "，"
                    + messages.text("balance.recentItem", SpokenChinese.date(d.minusDays(7)), services.get(0))}).toList());
        a.put("bookings.list", () -> LongStream.rangeClosed(1, 20).mapToObj(n -> new Object[] {SpokenChinese.count(n)}).toList());
        for (String key : List.of("bookings.confirmCancel", "bookings.cancelled", "bookings.moved")) {
            a.put(key, () -> days().stream().map(d -> new Object[] {SpokenChinese.date(d), SpokenChinese.time(LocalTime.of(10, 30)),
                services.get(d.getDayOfYear() % services.size())}).toList());
        }
        a.put("bookings.confirmMove", () -> days().stream().map(d -> new Object[] {services.get(d.getDayOfYear() % services.size()),
            SpokenChinese.date(d), SpokenChinese.time(LocalTime.of(15, 0))}).toList());
        a.put("complaint.opened", () -> days().stream().map(d -> new Object[] {"88",
            SpokenChinese.date(d) + SpokenChinese.time(LocalTime.of(17, 0))}).toList());
        a.put("rating.thanks", () -> IntStream.rangeClosed(1, 5).mapToObj(i -> new Object[] {i}).toList());
        a.put("rating.low", () -> IntStream.rangeClosed(1, 2).mapToObj(i -> new Object[] {i, "1024"}).toList());
        a.put("rating.option", () -> IntStream.rangeClosed(1, 5).mapToObj(i -> new Object[] {i}).toList());
        a.put("followup.greeting", () -> titles().stream().map(t -> new Object[] {t}).toList());
        a.put("followup.thanks", () -> IntStream.rangeClosed(1, 5).mapToObj(i -> new Object[] {i}).toList());
        a.put("followup.low", () -> IntStream.rangeClosed(1, 2).mapToObj(i -> new Object[] {i}).toList());
        a.put("checkin.greeting", () -> titles().stream().flatMap(t -> List.of("checkin.morning", "checkin.afternoon", "checkin.evening")
                .stream().map(p -> new Object[] {t, messages.speech(p)})).toList());
        a.put("reminder.greeting", () -> days().stream().flatMap(d -> titles().stream().map(t -> new Object[] {t,
            SpokenChinese.time(LocalTime.of(7 + d.getDayOfMonth() % 12, d.getDayOfMonth() % 2 * 30)),
            services.get(d.getDayOfYear() % services.size())})).toList());
        a.put("reminder.confirmCancel", () -> services.stream().map(s -> new Object[] {s}).toList());
        a.put("render.voice.choice", () -> IntStream.rangeClosed(0, 9).mapToObj(i -> new Object[] {services.get(i), i}).toList());
        a.put("complaint.visit.day", () -> IntStream.rangeClosed(1, 31).mapToObj(d -> new Object[] {SpokenChinese.number(d),
            services.get(d % services.size())}).toList());
        a.put("book.askServiceIn", () -> Stream.concat(Arrays.stream(ServiceCategory.values()).map(c -> messages.text("category." + c)),
                Stream.of(messages.text("book.otherService"))).map(l -> new Object[] {l}).toList());
        a.put("callback.offer", () -> LongStream.rangeClosed(1, 240).mapToObj(m -> new Object[] {SpokenChinese.minutes(m)})
                .toList());
        a.put("callback.confirmedAt", () -> List.of("callback.in30", "callback.in60", "callback.in120", "callback.tomorrow")
                .stream().map(k -> new Object[] {messages.speech(k)}).toList());
        a.put("callback.greeting", () -> java.util.stream.Stream.concat(titles().stream(), java.util.stream.Stream.of(""))
                .map(t -> new Object[] {t}).toList());
        return a;
    }

    private List<Object[]> balances(boolean hours) {
        List<Object[]> out = new ArrayList<>();
        for (String period : List.of(messages.text("period.month"), messages.text("period.quarter"))) {
            for (LocalDate d : days()) {
                long v = d.getDayOfYear() * 97L;
                out.add(new Object[] {period, hours ? SpokenChinese.minutes(v % 3000) : SpokenChinese.money(v * 13), SpokenChinese.date(d)});
            }
        }
        return out;
    }

    private List<String> titles() {
        List<String> out = new ArrayList<>();
        for (String s : surnames()) {
            out.add(messages.text("title.female", s));
            out.add(messages.text("title.male", s));
        }
        return out;
    }

    private List<String> surnames() {
        return catalog.prompts().entrySet().stream().filter(e -> e.getKey().startsWith("name.")).map(Map.Entry::getValue).toList();
    }

    private static List<LocalDate> days() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        return IntStream.range(0, 365).mapToObj(first::plusDays).toList();
    }

    /** Every time of day by the quarter hour. */
    private static List<String> times() {
        return IntStream.range(0, 96).mapToObj(q -> SpokenChinese.time(LocalTime.of(q / 4, q % 4 * 15))).toList();
    }

    private List<String> costs() {
        List<String> out = new ArrayList<>();
        out.add(messages.text("book.cost.covered"));
        fen().limit(40).forEach(f -> out.add(messages.text("book.cost.paid", SpokenChinese.money(f))));
        return out;
    }

    /** Amounts from 0 to 10,000 yuan, with every jiao and fen digit. */
    private static LongStream fen() {
        return LongStream.iterate(0, f -> f <= 1_000_000, f -> f + 1_237);
    }

    private List<String> minutesAndMoney() {
        List<String> out = new ArrayList<>(times());
        LongStream.rangeClosed(0, 2_400).forEach(m -> out.add(SpokenChinese.minutes(m)));
        fen().forEach(f -> out.add(SpokenChinese.money(f)));
        LongStream.rangeClosed(0, 100_000).filter(n -> n % 7 == 0 || n < 1_000).forEach(n -> out.add(SpokenChinese.number(n)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> serviceNames() {
        try (InputStream in = PromptCatalogCoverageTest.class.getClassLoader().getResourceAsStream("catalog/service-catalog.yml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            return ((List<Map<String, Object>>) yaml.get("services")).stream().map(s -> (String) s.get("name")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
