package cn.yinling.hotline.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web chat attacked as the internet would, over real HTTP: naming someone else's chat,
 * guessing ID digits across fresh chats, telling registered numbers from unregistered ones, and
 * burying the agents' queue. Each attack must fail; a real caller must still get through.
 * Clients are told apart by X-Forwarded-For, as behind the reverse proxy of a real deployment.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "hotline.bot.chat.starts-per-address=25"})
class WebChatAttackTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;

    ChatClient chat;
    String phone;
    String lastFour;

    @BeforeEach
    void anElderWithARegisteredPhone() {
        clock.set(BotTestApplication.START);
        chat = new ChatClient(port);
        String community = street.newCommunity();
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        phone = "1360000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        lastFour = e.idNumber().lastFour();
    }

    @Nested
    class NamingAChat {

        @Test
        void aSessionIdTheServerNeverIssuedIsRefused() throws Exception {
            HttpResponse<String> named = chat.post("{\"sessionId\":\"demo1\",\"text\":\"查一下补贴余额\"}");
            assertThat(named.statusCode()).isEqualTo(401);
            assertThat(named.body()).contains("请重新开始对话").doesNotContain("小时");
        }

        @Test
        void anIdentifiedChatCannotBeEnteredWithoutItsTokenNorAfterItEnded() throws Exception {
            String address = address();
            String token = start(address);
            say(address, token, "查一下补贴余额");
            say(address, token, phone);
            assertThat(say(address, token, lastFour).body()).contains("核对好了").contains("20小时");

            // Clients choosing their session id were the old credential: the chat's name is not it.
            assertThat(chat.post("{\"sessionId\":\"" + ChatClient.senderOf(token) + "\",\"text\":\"查余额\"}").statusCode())
                    .isEqualTo(401);
            assertThat(chat.post("{\"sessionId\":\"" + token + "\",\"event\":\"end\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> after = say(address(), token, "查一下补贴余额");
            assertThat(after.statusCode()).isEqualTo(401);
            assertThat(after.body()).doesNotContain("小时");
        }

        @Test
        void startingAChatIgnoresASessionIdTheClientProposes() throws Exception {
            HttpResponse<String> start = chat.post("{\"sessionId\":\"demo1\",\"event\":\"start\"}", address());
            assertThat(ChatClient.tokenOf(start.body())).isNotEqualTo("demo1").hasSize(32);
        }
    }

    @Nested
    class GuessingIdDigits {

        @Test
        void freshChatsDoNotBuyFreshGuessesAndEvenTheRightDigitsWaitForTheLock() throws Exception {
            int guesses = 0;
            String last = null;
            // Each guess from a new address and a new chat: only the phone number ties them together.
            for (int guess = 0; guess < 8; guess++) {
                String address = address();
                String token = start(address);
                say(address, token, "查一下补贴余额");
                say(address, token, phone);
                last = say(address, token, wrong(guess)).body();
                guesses++;
            }
            assertThat(guesses).isEqualTo(8);
            assertThat(last).contains("错误次数太多").contains("以后再试");

            String address = address();
            String token = start(address);
            say(address, token, "查一下补贴余额");
            say(address, token, phone);
            HttpResponse<String> right = say(address, token, lastFour);
            assertThat(right.body()).contains("错误次数太多").doesNotContain("核对好了").doesNotContain("20小时");

            Elder elder = elders.findByPhone(phone).orElseThrow().elder();
            List<CareCase> alerts = cases.ofElder(elder.elderId()).stream()
                    .filter(c -> c.getSubject().contains("身份核对已暂时锁定")).toList();
            assertThat(alerts).as("one alert for the agents, not one per guess").hasSize(1);

            clock.advance(java.time.Duration.ofMinutes(31));
            String later = address();
            String again = start(later);
            say(later, again, "查一下补贴余额");
            say(later, again, phone);
            assertThat(say(later, again, lastFour).body()).contains("核对好了").contains("20小时");
        }

        @Test
        void oneClientCannotSweepManyNumbers() throws Exception {
            String address = address();
            String last = null;
            for (int n = 0; n < 12; n++) {
                String token = start(address);
                say(address, token, "查一下补贴余额");
                say(address, token, "1370000" + String.format("%04d", PHONES.incrementAndGet()));
                last = say(address, token, "1234").body();
            }
            assertThat(last).contains("错误次数太多");
            String token = start(address);
            say(address, token, "查一下补贴余额");
            say(address, token, phone);
            assertThat(say(address, token, lastFour).body()).contains("错误次数太多").doesNotContain("20小时");
        }

        @Test
        void aRegisteredAndAnUnregisteredNumberAreAnsweredAlike() throws Exception {
            List<String> registered = wrongAnswersFor(phone);
            List<String> unregistered = wrongAnswersFor("1380000" + String.format("%04d", PHONES.incrementAndGet()));
            assertThat(registered).isEqualTo(unregistered);
        }

        private List<String> wrongAnswersFor(String number) throws Exception {
            String address = address();
            String token = start(address);
            say(address, token, "查一下补贴余额");
            String askId = textOf(say(address, token, number).body());
            String wrong = textOf(say(address, token, wrong(0)).body());
            return List.of(askId, wrong);
        }

        private String wrong(int n) {
            String guess = String.format("%04d", 1000 + n);
            return guess.equals(lastFour) ? String.format("%04d", 2000 + n) : guess;
        }
    }

    @Nested
    class BuryingTheQueue {

        @Test
        void failedIdentificationsFromOneAddressAreOneCase() throws Exception {
            String address = address();
            long before = anonymousOpen(CaseType.HANDOFF);
            for (int n = 0; n < 6; n++) {
                String token = start(address);
                say(address, token, "查一下补贴余额");
                say(address, token, "13900001111");
                say(address, token, "1234");
                say(address, token, "13900001112");
                say(address, token, "1234");
            }
            assertThat(anonymousOpen(CaseType.HANDOFF) - before).isEqualTo(1);
        }

        @Test
        void emergenciesFromOneAddressAreOneCaseButAnotherCallersEmergencyOpensItsOwnAtOnce() throws Exception {
            String attacker = address();
            long before = anonymousOpen(CaseType.EMERGENCY);
            for (int n = 0; n < 10; n++) {
                HttpResponse<String> r = say(attacker, start(attacker), "救命，我摔倒了起不来");
                assertThat(r.body()).contains("\"priority\":1");
            }
            assertThat(anonymousOpen(CaseType.EMERGENCY) - before).isEqualTo(1);

            String someoneElse = address();
            HttpResponse<String> real = say(someoneElse, start(someoneElse), "救命，我摔倒了起不来");
            assertThat(real.body()).contains("\"priority\":1");
            assertThat(anonymousOpen(CaseType.EMERGENCY) - before).isEqualTo(2);
            assertThat(cases.queue().get(0).priority().level()).isEqualTo(1);
        }

        @Test
        void oneAddressStartingChatsWithoutEndIsSlowedDownWithAChineseAnswer() throws Exception {
            String address = address();
            HttpResponse<String> refused = null;
            for (int n = 0; n < 40 && refused == null; n++) {
                HttpResponse<String> r = chat.post("{\"event\":\"start\"}", address);
                if (r.statusCode() == 429) {
                    refused = r;
                }
            }
            assertThat(refused).isNotNull();
            assertThat(refused.body()).contains("请过一会儿再试").contains("120");
            assertThat(chat.post("{\"event\":\"start\"}", address()).statusCode()).isEqualTo(200);
        }

        @Test
        void oneChatSendingFasterThanAPersonTypesIsSlowedDown() throws Exception {
            String address = address();
            String token = start(address);
            int refused = 0;
            for (int n = 0; n < 40; n++) {
                if (say(address, token, "你好").statusCode() == 429) {
                    refused++;
                }
            }
            assertThat(refused).isPositive();
        }

        private long anonymousOpen(CaseType type) {
            return cases.queue().stream().filter(c -> c.getElderId() == null && c.getType() == type).count();
        }
    }

    private String start(String address) throws Exception {
        HttpResponse<String> r = chat.post("{\"event\":\"start\"}", address);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ChatClient.tokenOf(r.body());
    }

    private HttpResponse<String> say(String address, String token, String text) throws Exception {
        return chat.post("{\"sessionId\":\"" + token + "\",\"text\":\"" + text + "\"}", address);
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String textOf(String json) {
        int i = json.indexOf("\"text\":\"");
        return json.substring(i + 8, json.indexOf('"', i + 8));
    }
}
