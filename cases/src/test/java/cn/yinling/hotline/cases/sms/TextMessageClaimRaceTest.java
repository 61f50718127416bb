package cn.yinling.hotline.cases.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.sms.standin.TencentSmsStandIn;
import cn.yinling.hotline.cases.support.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes sending the same queue at the same moment, over real HTTP to the stand-in: every
 * message reaches the provider exactly once, on whichever database the subclass runs.
 */
class TextMessageClaimRaceTest extends CasesSpringTest {

    private static final int MESSAGES = 60;

    @Autowired
    TextMessages texts;
    @Autowired
    TextMessageRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void twoSendersAtOnceSendEachMessageExactlyOnce() throws Exception {
        jdbc.update("update text_message set state = 'FAILED' where state in ('QUEUED', 'SENDING')");
        try (TencentSmsStandIn standIn = new TencentSmsStandIn(0, SmsTestSupport.SECRET_ID, SmsTestSupport.SECRET_KEY,
                SmsTestSupport.APP_ID, clock)) {
            SmsProperties properties = SmsTestSupport.tencent(standIn.endpoint(), SmsTestSupport.SECRET_KEY);
            TextMessageDelivery delivery = new TextMessageDelivery(jdbc, repository, properties, clock);
            List<TextMessageSender> nodes = List.of(
                    new TextMessageSender(delivery, SmsConfiguration.choose(properties, clock), "node-a"),
                    new TextMessageSender(delivery, SmsConfiguration.choose(properties, clock), "node-b"));
            List<String> phones = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                String phone = SmsTestSupport.mobile();
                phones.add(phone);
                tx.executeWithoutResult(s -> texts.queue(new PhoneNumber(phone, PhoneNumber.Kind.MOBILE),
                        "emergency.family", Map.of("n", phone), "race"));
            }

            Race.race(2, i -> {
                while (nodes.get(i).sendDue() > 0) {
                    // until the queue is empty for this node
                }
            });

            assertThat(standIn.received()).extracting(TencentSmsStandIn.Received::phone)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(phones);
            assertThat(texts.about("race")).allSatisfy(m -> {
                assertThat(m.getState()).isEqualTo(TextMessageState.SENT);
                assertThat(m.getAttempts()).isEqualTo(1);
            });
            assertThat(texts.about("race")).extracting(TextMessage::getClaimedBy).containsOnly("node-a", "node-b");
        }
    }
}
