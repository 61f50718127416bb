package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.bot.faq.PolicyFaq;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.session.InMemorySessionStore;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Identification;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Conversations through the real engine, NLU and case database; each test in its own community. */
@SpringBootTest(classes = BotTestApplication.class)
abstract class DialogTest {

    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    @Autowired
    protected DialogEngine engine;
    @Autowired
    protected TestStreet street;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected Elders elders;
    @Autowired
    protected Identification identification;

    protected String community;

    @Autowired
    private Nlu nlu;
    @Autowired
    private PolicyFaq faq;
    @Autowired
    private Entitlements entitlements;
    @Autowired
    private Bookings bookings;
    @Autowired
    private ServiceCatalog catalog;
    @Autowired
    private Cases cases;
    @Autowired
    private Conversations conversations;

    @BeforeEach
    void freshCommunity() {
        clock.set(BotTestApplication.START);
        community = street.newCommunity();
    }

    /** An elder with a policy, a worker serving her community, and a phone number to call from. */
    protected String elderWithPhone(String policy) {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, policy);
        String phone = "1350000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        return phone;
    }

    /** Another engine over this context's case database, NLU and clock, with its own session store (another node). */
    protected DialogEngine engineOn(SessionStore store, Duration sessionTtl) {
        return new DialogEngine(nlu, store, sessionTtl, 500, faq, elders, identification, entitlements, bookings, catalog, cases,
                conversations, clock);
    }

    /** Another engine over this context's case database and clock that understands through {@code other}. */
    protected DialogEngine engineWith(Nlu other) {
        return new DialogEngine(other, new InMemorySessionStore(clock), Duration.ofMinutes(30), 500, faq, elders,
                identification, entitlements, bookings, catalog, cases, conversations, clock);
    }

    protected Elder elderOf(String phone) {
        return elders.findByPhone(phone).orElseThrow().elder();
    }

    protected Reply call(String phone) {
        return engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.START));
    }

    protected Reply say(String phone, String text) {
        return engine.handle(Inbound.text(Channel.VOICE, phone, text));
    }

    protected Reply press(String phone, String keys) {
        return engine.handle(Inbound.digits(Channel.VOICE, phone, keys));
    }
}
