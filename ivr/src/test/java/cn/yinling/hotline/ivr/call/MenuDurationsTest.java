package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.simulator.PromptLengths;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long each menu of the phone line plays, from the lengths of the rendered prompt files
 * ({@value #LENGTHS}: the {@code lengths.txt} that {@code config/prompts/render-prompts.sh} writes,
 * espeak-ng at 120 words a minute, silence trimmed). A caller is walked through every reply that
 * offers keys, pressing each offered key of each menu in turn (every path from a fresh elder and a
 * fresh call); each reply is rendered for the phone, split into its catalog pieces as the IVR plays
 * them, and the pieces' lengths added up, as Asterisk streams them back to back.
 */
class MenuDurationsTest extends CallTestSupport {

    /** What an elder can hold in mind and sit through before choosing: the issue's limit. */
    static final double LIMIT_SECONDS = 20.0;
    static final String LENGTHS = "prompts/rendered-lengths.txt";
    private static final String GREETING = "(start)";
    /** Paths longer than this are not walked (the deepest menu, a booking's read-back, is seven keys in). */
    private static final int MAX_KEYS = 8;
    /** Figures, number words and dates differ between menus of one kind (a day, an amount), not their shape. */
    private static final Pattern NUMBERS = Pattern.compile("[0-9零一二两三四五六七八九十百千万]+");

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    DialogEngine engine;
    @Autowired
    Bookings bookings;

    private final ReplyRenderer renderer = new ReplyRenderer();

    @Test
    void everyMenuPlaysInUnderTwentySeconds() throws IOException, URISyntaxException {
        timeEveryMenu(false);
    }

    @Test
    void everyMenuOfAnElderWithVisitsAndBookingsPlaysInUnderTwentySeconds() throws IOException, URISyntaxException {
        timeEveryMenu(true);
    }

    /** {@code history}: two visits done (to complain about) and two to come (to cancel or move), not a new elder. */
    private void timeEveryMenu(boolean history) throws IOException, URISyntaxException {
        PromptLengths lengths = PromptLengths.rendered(Path.of(getClass().getClassLoader().getResource(LENGTHS).toURI()));
        Map<String, Double> menus = new TreeMap<>();
        Map<String, Double> replies = new TreeMap<>();
        Map<String, String> unrendered = new TreeMap<>();
        Map<String, String> said = new TreeMap<>();
        walk(history, (path, reply) -> {
            Prompt whole = Prompt.of(renderer.forVoice(reply));
            Prompt menu = Prompt.of(renderer.forVoice(reply.menu()));
            OptionalDouble wholeSeconds = lengths.seconds(whole);
            OptionalDouble menuSeconds = lengths.seconds(menu);
            if (menuSeconds.isEmpty()) {
                unrendered.put(path, menu.ids().toString());
                return;
            }
            // What is said before a menu is only reported; a piece of it nobody rendered yet leaves it untimed.
            replies.put(path, wholeSeconds.orElse(Double.NaN));
            menus.put(path, menuSeconds.getAsDouble());
            said.put(path, menu.text());
        });
        report(history, menus, replies, said);
        assertThat(unrendered).as("menus with pieces that have no rendered length (render them and update %s)", LENGTHS)
                .isEmpty();
        assertThat(menus).as("menus walked").hasSizeGreaterThan(20);
        assertThat(replies.get(GREETING)).as("the greeting and the main menu, the first thing a caller hears")
                .isLessThanOrEqualTo(LIMIT_SECONDS);
        assertThat(menus).as("menus playing longer than %s s (keys pressed from the greeting → seconds)", LIMIT_SECONDS)
                .allSatisfy((path, s) -> assertThat(s).isLessThanOrEqualTo(LIMIT_SECONDS));
    }

    /** Visits every menu reachable by keys; a menu whose shape was seen before is timed but not walked further. */
    private void walk(boolean history, MenuVisitor visitor) {
        Set<String> expanded = new HashSet<>();
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of());
        while (!paths.isEmpty()) {
            List<String> keys = paths.poll();
            Call call = new Call(elder(history));
            Reply reply = call.start();
            for (String k : keys) {
                reply = call.press(k);
            }
            call.hangUp();
            if (reply.options().isEmpty() || reply.has(Action.Handover.class) || reply.has(Action.End.class)) {
                continue;
            }
            // Menus of one shape are walked once: the main menu after a balance is the main menu.
            String speech = renderer.forVoice(reply.menu());
            visitor.visit(keys.isEmpty() ? GREETING : String.join(" ", keys), reply);
            if (keys.size() < MAX_KEYS && expanded.add(NUMBERS.matcher(speech).replaceAll("#"))) {
                reply.options().forEach(o -> {
                    List<String> next = new ArrayList<>(keys);
                    next.add(o.key());
                    paths.add(next);
                });
            }
        }
    }

    /** An elder of a community whose worker has a surname the catalog can say (the phone names her 张师傅). */
    private String elder(boolean history) {
        street.worker(community, 2, "张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        String phone = "1380000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        if (history) {
            clock.set(IvrTestApplication.START.minusDays(10));
            Booking cleaning = book(e, "cleaning", IvrTestApplication.START.minusDays(7));
            Booking bathing = book(e, "bathing", IvrTestApplication.START.minusDays(5));
            clock.set(IvrTestApplication.START);
            bookings.recordService(cleaning.getId(), 120, true, null, "test");
            bookings.recordService(bathing.getId(), 60, true, null, "test");
            book(e, "cleaning", IvrTestApplication.START.plusDays(3));
            book(e, "haircut", IvrTestApplication.START.plusDays(4).withHour(14));
        }
        return phone;
    }

    private Booking book(Elder e, String service, LocalDateTime at) {
        return bookings.book(new BookingRequest(e.elderId(), service, at, null, Channel.CONSOLE, "test",
                UUID.randomUUID().toString(), true, null));
    }

    private static void report(boolean history, Map<String, Double> menus, Map<String, Double> replies, Map<String, String> said) {
        StringBuilder sb = new StringBuilder(String.format("Menus %s, from rendered prompt lengths"
                + " (keys pressed from the greeting: menu s / whole reply s, menu words):%n", history ? "with history" : "of a new elder"));
        menus.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format("  %5.1f s / %5.1f s  %-16s %s%n", e.getValue(), replies.get(e.getKey()),
                        e.getKey(), said.get(e.getKey()))));
        System.out.print(sb);
    }

    @FunctionalInterface
    private interface MenuVisitor {
        void visit(String path, Reply reply);
    }

    /** One call of a recognised elder, turn by turn through the engine (the IVR's translation is tested elsewhere). */
    private final class Call {
        private final String phone;

        Call(String phone) {
            this.phone = phone;
        }

        Reply start() {
            return engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.START));
        }

        Reply press(String key) {
            return engine.handle(Inbound.digits(Channel.VOICE, phone, key));
        }

        void hangUp() {
            engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.HANGUP));
        }
    }
}
