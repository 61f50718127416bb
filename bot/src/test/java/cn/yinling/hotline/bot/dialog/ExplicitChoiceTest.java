package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import static cn.yinling.hotline.bot.BotTestApplication.START;

import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every step that offers numbered options, in web chat: each option typed in each way people type
 * a choice ("2", "２", "回复2", "选2", "2.", the option's label) does exactly what pressing its key
 * does: the same next question, the same bookings and cases. The intent model never overrides it.
 */
class ExplicitChoiceTest extends DialogTest {

    private static final AtomicInteger SENDERS = new AtomicInteger();

    @Autowired
    Bookings bookings;
    @Autowired
    Cases cases;
    @Autowired
    Entitlements entitlements;
    @Autowired
    SessionStore store;
    @Autowired
    FamilyBindings bindings;

    /**
     * One conversation with a fresh elder of a fresh community: web chat, WeChat (family binding),
     * or a call from the elder's own phone, where "typed" text is what speech recognition heard.
     */
    final class Chat {
        final Channel channel;
        final String sender;
        final String phone;
        final Elder elder;

        Chat(Channel channel, String policy) {
            this.channel = channel;
            community = street.newCommunity();
            phone = elderWithPhone(policy);
            elder = elderOf(phone);
            sender = channel == Channel.VOICE ? phone : "choice-" + SENDERS.incrementAndGet();
        }

        Reply start() {
            return engine.handle(Inbound.event(channel, sender, InputKind.START));
        }

        Reply type(String text) {
            return engine.handle(Inbound.text(channel, sender, text));
        }

        Reply press(String key) {
            return engine.handle(Inbound.digits(channel, sender, key));
        }

        /** Asks for something that needs the elder, and answers the identification questions. */
        Reply identifiedFor(String request) {
            start();
            type(request);
            type(phone);
            return type(elders.get(elder.elderId()).idNumber().lastFour());
        }

        Booking booked(String service, LocalDateTime at) {
            return bookings.book(new BookingRequest(elder.elderId(), service, at, null, Channel.CONSOLE, "test",
                    UUID.randomUUID().toString(), true, null));
        }

        DialogState state() {
            return new Sessions(store, Duration.ofMinutes(30)).load(channel.name().toLowerCase() + ":" + sender).state();
        }
    }

    private record Scenario(String step, Channel channel, String policy, Function<Chat, Reply> reach) {

        Scenario(String step, String policy, Function<Chat, Reply> reach) {
            this(step, Channel.WEB, policy, reach);
        }

        Chat chat(ExplicitChoiceTest test) {
            return test.new Chat(channel, policy);
        }
    }

    /** What a turn led to, with ids of this run's own bookings and cases left out. */
    private record Outcome(Step step, String text, List<String> options, List<String> actions, List<String> bookings,
            List<String> cases, List<String> bindingRequests) {
    }

    private static final LocalDateTime IN_THREE_DAYS = START.plusDays(3);
    private static final LocalDateTime IN_FOUR_DAYS = START.plusDays(4);

    private List<Scenario> scenarios() {
        return List.of(
                new Scenario("MENU", "ANQING_FREE", Chat::start),
                new Scenario("BOOK_SERVICE", "ANQING_FREE", c -> {
                    c.start();
                    c.press("1");
                    c.type(c.phone);
                    return c.type(elders.get(c.elder.elderId()).idNumber().lastFour());
                }),
                new Scenario("BOOK_DATE", "ANQING_FREE", c -> {
                    c.identifiedFor("查一下余额");
                    return c.type("我想预约打扫卫生");
                }),
                new Scenario("BOOK_TIME", "ANQING_FREE", c -> {
                    c.identifiedFor("查一下余额");
                    return c.type("我想约后天打扫卫生");
                }),
                new Scenario("BOOK_CONFIRM", "ANQING_FREE", c -> {
                    c.identifiedFor("查一下余额");
                    return c.type("预约后天上午的打扫卫生");
                }),
                new Scenario("BOOK_PICK_ALTERNATIVE", "ANQING_FREE", c -> {
                    c.identifiedFor("查一下余额");
                    return c.type("明天上午帮我约个助浴");
                }),
                new Scenario("BOOK_SELF_PAY", "GAOXIN_FREE", c -> {
                    entitlements.adjust(c.elder.elderId(), "GAOXIN_FREE", LocalDate.of(2026, 3, 2), -480, "测试：用完", "test");
                    c.identifiedFor("查一下余额");
                    return c.type("预约后天上午的打扫卫生");
                }),
                new Scenario("CONFIRM_CANCEL", "ANQING_FREE", c -> {
                    c.booked("cleaning", IN_THREE_DAYS);
                    c.identifiedFor("查一下余额");
                    return c.type("取消预约");
                }),
                new Scenario("PICK_BOOKING_CANCEL", "ANQING_FREE", c -> {
                    c.booked("cleaning", IN_THREE_DAYS);
                    c.booked("cleaning", IN_FOUR_DAYS);
                    c.identifiedFor("查一下余额");
                    return c.type("取消预约");
                }),
                new Scenario("PICK_BOOKING_MOVE", "ANQING_FREE", c -> {
                    c.booked("cleaning", IN_THREE_DAYS);
                    c.booked("cleaning", IN_FOUR_DAYS);
                    c.identifiedFor("查一下余额");
                    return c.type("我想改一下预约的时间");
                }),
                new Scenario("MOVE_DATE", "ANQING_FREE", c -> {
                    c.booked("cleaning", IN_THREE_DAYS);
                    c.identifiedFor("查一下余额");
                    return c.type("我想改一下预约的时间");
                }),
                new Scenario("CONFIRM_MOVE", "ANQING_FREE", c -> {
                    c.booked("cleaning", IN_THREE_DAYS);
                    c.identifiedFor("查一下余额");
                    c.type("我想改一下预约的时间");
                    return c.press("2");
                }),
                new Scenario("COMPLAINT_TYPE", "ANQING_FREE", c -> c.identifiedFor("我要投诉")),
                new Scenario("COMPLAINT_VISIT", "ANQING_FREE", c -> {
                    visited(c);
                    c.identifiedFor("我要投诉");
                    return c.press("2");
                }),
                new Scenario("COMPLAINT_SEVERITY", "ANQING_FREE", c -> {
                    c.identifiedFor("我要投诉");
                    return c.press("2");
                }),
                new Scenario("RATING_SCORE", "ANQING_FREE", c -> {
                    visited(c);
                    c.identifiedFor("查一下余额");
                    return c.type("我想给上次的服务打个分");
                }),
                new Scenario("MENU (chitchat)", "ANQING_FREE", c -> {
                    c.identifiedFor("查一下余额");
                    return c.type("孩子们都在外地，我一个人在家，挺闷的");
                }),
                new Scenario("COMPLAINT_RECORD_OFFER (phone)", Channel.VOICE, "ANQING_FREE", c -> {
                    c.start();
                    c.press("4");
                    c.press("2");
                    return c.press("2");
                }),
                new Scenario("COMPLAINT_PERSON (phone)", Channel.VOICE, "ANQING_FREE", c -> {
                    c.start();
                    c.press("4");
                    c.press("2");
                    c.press("2");
                    c.press("1");
                    return engine.handle(Inbound.recording(Channel.VOICE, c.sender, null));
                }),
                new Scenario("BIND_RELATION", Channel.WECHAT, "ANQING_FREE", c -> {
                    c.type("绑定");
                    c.type(c.phone);
                    return c.type(c.elder.idNumber().lastFour());
                }),
                new Scenario("BIND_CONSENT", Channel.WECHAT, "ANQING_FREE", c -> {
                    c.type("绑定");
                    c.type(c.phone);
                    c.type(c.elder.idNumber().lastFour());
                    return c.press("2");
                }),
                new Scenario("PICK_ELDER", Channel.WECHAT, "ANQING_FREE", c -> {
                    bound(c.sender, c.phone);
                    bound(c.sender, elderWithPhone("ANQING_FREE"));
                    return c.type("查一下补贴余额");
                }));
    }

    /** Binds a WeChat sender to the elder of a phone, as an earlier conversation would have. */
    private void bound(String openid, String phone) {
        BindingRequest r = bindings.start(openid, phone, elderOf(phone).idNumber().lastFour(), "儿子", true);
        bindings.enterCode(openid, bindings.approve(r.getId(), "李娜").value());
    }

    /** A visit yesterday that was recorded, to complain about or rate. */
    private void visited(Chat c) {
        clock.set(START.minusDays(2));
        Booking b = c.booked("cleaning", START.minusDays(1).withHour(9));
        clock.set(START);
        bookings.recordService(b.getId(), 60, true, null, "test");
    }

    @Test
    void everyOptionTypedEveryWayMeansThatOption() {
        List<String> checked = new ArrayList<>();
        for (Scenario s : scenarios()) {
            Reply offered = s.reach().apply(s.chat(this));
            assertThat(offered.options()).as("%s offers options", s.step()).isNotEmpty();
            for (Option option : offered.options()) {
                Outcome pressed = outcome(s, c -> c.press(option.key()));
                for (String typed : typedWays(option)) {
                    Outcome outcome = outcome(s, c -> c.type(typed));
                    assertThat(outcome).as("%s: option %s typed as \"%s\"", s.step(), option.key(), typed).isEqualTo(pressed);
                    checked.add(s.step() + " " + typed);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(200);
    }

    @Test
    void aTypedTwoAtTheReadBackBooksNothing() {
        Chat c = new Chat(Channel.WEB, "ANQING_FREE");
        c.identifiedFor("查一下余额");
        assertThat(c.type("预约后天上午的打扫卫生").options()).contains(new Option("2", "重新选择"));
        Reply r = c.type("2");
        assertThat(bookings.upcoming(c.elder.elderId())).isEmpty();
        assertThat(r.text()).doesNotContain("预约好了");
        assertThat(c.state().step).isEqualTo(Step.BOOK_DATE);
    }

    @Test
    void aNumberThatIsNotOfferedIsNeitherAYesNorANo() {
        Chat c = new Chat(Channel.WEB, "ANQING_FREE");
        c.identifiedFor("查一下余额");
        c.type("预约后天上午的打扫卫生");
        Reply r = c.type("7");
        assertThat(bookings.upcoming(c.elder.elderId())).isEmpty();
        assertThat(r.text()).contains("请回复选项前面的数字");
        assertThat(r.options()).containsExactly(new Option("1", "确认"), new Option("2", "重新选择"));
        assertThat(c.state().step).isEqualTo(Step.BOOK_CONFIRM);
    }

    @Test
    void aChoiceOfAnEarlierReplyIsNotTakenForOneOfThisReply() {
        Chat c = new Chat(Channel.WEB, "ANQING_FREE");
        c.start();
        c.type("查一下余额");
        Reply askPhone = c.type("2");
        assertThat(askPhone.options()).isEmpty();
        assertThat(c.state().step).isEqualTo(Step.IDENTIFY_PHONE);
    }

    /** The ways a person types option 2: "2", "２", "回复2", "选2", "2.", "第2个", and the label. */
    private static List<String> typedWays(Option o) {
        String k = o.key();
        String fullWidth = String.valueOf((char) (k.charAt(0) - '0' + '０')) + k.substring(1);
        // a phone keyboard's emoji: keycap 2️⃣ and circled ② (keys 1-9 only)
        String keycap = k.length() == 1 ? k + "\uFE0F\u20E3" : k;
        String circled = k.length() == 1 && k.charAt(0) >= '1' ? String.valueOf((char) ('\u2460' + k.charAt(0) - '1')) : k;
        return Stream.of(k, fullWidth, "回复" + k, "选" + k, k + ".", " " + k + "。", "第" + k + "个", o.label(), keycap,
                circled, k + "！！！").toList();
    }

    private Outcome outcome(Scenario s, Function<Chat, Reply> answer) {
        Chat c = s.chat(this);
        s.reach().apply(c);
        Reply r = answer.apply(c);
        List<String> booked = Stream.concat(bookings.upcoming(c.elder.elderId()).stream(),
                        bookings.recent(c.elder.elderId()).stream())
                .distinct()
                .map(b -> b.getServiceId() + "@" + b.getStartsAt() + ":" + b.getStatus())
                .sorted()
                .toList();
        List<String> opened = cases.ofElder(c.elder.elderId()).stream()
                .map(k -> k.getType() + "/" + k.getComplaintType() + "/" + k.getSeverity() + "/" + k.getStatus())
                .sorted()
                .toList();
        List<String> bindingRequests = bindings.awaitingApproval().stream()
                .filter(b -> b.getOpenid().equals(c.sender))
                .map(b -> b.getRelation() + "/" + b.isNotifyConsent())
                .toList();
        // Booking and case numbers differ from run to run.
        String text = r.text().replaceAll("(编号|预约号)\\d+", "$1#");
        List<String> options = r.options().stream().map(o -> o.key() + ":" + o.label()).toList();
        List<String> actions = r.actions().stream().map(a -> a.getClass().getSimpleName()).toList();
        return new Outcome(c.state().step, text, options, actions, booked, opened, bindingRequests);
    }
}
