package cn.yinling.hotline.cases.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.sms.standin.TencentSmsStandIn;
import cn.yinling.hotline.cases.sms.standin.TencentSmsStandIn.Answer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery of queued messages over real HTTP to the Tencent Cloud SMS stand-in, which checks every
 * signature itself: accepted messages end SENT with the provider's id, throttling is tried again
 * after the back-off, a bad template or number ends FAILED, and so does a request the stand-in
 * cannot verify. Nothing the provider needs as a secret shows in the log.
 */
class TextMessageDeliveryTest extends CasesSpringTest {

    @Autowired
    TextMessages texts;
    @Autowired
    TextMessageRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    TencentSmsStandIn standIn;
    TextMessageDelivery delivery;
    TextMessageSender sender;
    ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void aStandInAndASenderThroughIt() throws Exception {
        standIn = new TencentSmsStandIn(0, SmsTestSupport.SECRET_ID, SmsTestSupport.SECRET_KEY, SmsTestSupport.APP_ID, clock);
        SmsProperties properties = SmsTestSupport.tencent(standIn.endpoint(), SmsTestSupport.SECRET_KEY);
        delivery = new TextMessageDelivery(jdbc, repository, properties, clock);
        sender = new TextMessageSender(delivery, SmsConfiguration.choose(properties, clock), "node-a");
        logged.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logged);
        earlierMessagesOutOfTheWay();
    }

    @AfterEach
    void stop() {
        standIn.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logged);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains(SmsTestSupport.SECRET_KEY));
    }

    @Test
    void anAcceptedMessageIsSentOnceWithTheApprovedTemplateSignatureAndParametersInOrder() {
        String phone = SmsTestSupport.mobile();
        TextMessage m = queue(phone, "emergency.responder");
        assertThat(sender.sendDue()).isEqualTo(1);
        TextMessage sent = reload(m);
        assertThat(sent.getState()).isEqualTo(TextMessageState.SENT);
        assertThat(sent.getProviderMessageId()).startsWith("standin-");
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isEqualTo(clock.instant());
        assertThat(to(phone)).singleElement().satisfies(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.templateId()).isEqualTo("100001");
            assertThat(r.signName()).isEqualTo("银铃热线");
            assertThat(r.sdkAppId()).isEqualTo(SmsTestSupport.APP_ID);
            assertThat(r.params()).containsExactly("王秀英", "东风社区3号楼", "摔倒了", "12349");
        });
        assertThat(sender.sendDue()).as("nothing twice").isZero();
        assertThat(to(phone)).hasSize(1);
    }

    @Test
    void throttlingIsTriedAgainAfterTheBackOffAndThenSent() {
        String phone = SmsTestSupport.mobile();
        standIn.script(phone, Answer.THROTTLED, Answer.THROTTLED);
        TextMessage m = queue(phone, "emergency.family");
        sender.sendDue();
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.QUEUED);
        assertThat(reload(m).getLastError()).startsWith("LimitExceeded.PhoneNumberThirtySecondLimit");
        assertThat(reload(m).getNextAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(sender.sendDue()).as("not before its time").isZero();

        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        assertThat(reload(m).getNextAt()).as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.SENT);
        assertThat(reload(m).getAttempts()).isEqualTo(3);
        assertThat(to(phone)).extracting(TencentSmsStandIn.Received::answer)
                .containsExactly(Answer.THROTTLED, Answer.THROTTLED, Answer.OK);
    }

    @Test
    void throttlingUntilTheAttemptsRunOutEndsFailed() {
        String phone = SmsTestSupport.mobile();
        standIn.script(phone, Answer.THROTTLED, Answer.THROTTLED, Answer.THROTTLED);
        TextMessage m = queue(phone, "emergency.family");
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(30));
        }
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(to(phone)).hasSize(3);
    }

    @Test
    void aBadTemplateOrNumberFailsAtOnce() {
        String badTemplate = SmsTestSupport.mobile();
        String badPhone = SmsTestSupport.mobile();
        standIn.script(badTemplate, Answer.BAD_TEMPLATE);
        standIn.script(badPhone, Answer.BAD_PHONE);
        TextMessage a = queue(badTemplate, "emergency.family");
        TextMessage b = queue(badPhone, "emergency.family");
        sender.sendDue();
        assertThat(reload(a).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(reload(a).getLastError()).startsWith("FailedOperation.TemplateIncorrectOrUnapproved");
        assertThat(reload(b).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(reload(b).getLastError()).startsWith("InvalidParameterValue.IncorrectPhoneNumber");
        clock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(to(badTemplate)).hasSize(1);
    }

    @Test
    void aTemplateKeyWithoutAnApprovedTemplateIdFailsWithoutARequest() {
        String phone = SmsTestSupport.mobile();
        TextMessage m = queue(phone, "dispatch.unmapped");
        sender.sendDue();
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(reload(m).getLastError()).startsWith("NO_TEMPLATE").contains("hotline.sms.templates.dispatch.unmapped");
        assertThat(to(phone)).isEmpty();
    }

    @Test
    void aWrongKeyIsRefusedByTheStandInAndTheMessageFails() {
        SmsProperties wrong = SmsTestSupport.tencent(standIn.endpoint(), "not-the-key");
        TextMessageSender forged = new TextMessageSender(delivery, SmsConfiguration.choose(wrong, clock), "node-x");
        String phone = SmsTestSupport.mobile();
        TextMessage m = queue(phone, "emergency.family");
        forged.sendDue();
        assertThat(to(phone)).singleElement().extracting(TencentSmsStandIn.Received::error)
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(reload(m).getLastError()).startsWith("AuthFailure.SignatureFailure");
    }

    @Test
    void aFailedMessagePutBackByStaffIsSentAfresh() {
        String phone = SmsTestSupport.mobile();
        standIn.script(phone, Answer.BAD_TEMPLATE);
        TextMessage m = queue(phone, "emergency.family");
        sender.sendDue();
        assertThat(delivery.retry(m.getId())).isTrue();
        assertThat(delivery.retry(m.getId())).as("only a FAILED one").isFalse();
        assertThat(reload(m).getAttempts()).isZero();
        sender.sendDue();
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.SENT);
    }

    @Test
    void anEmergencyNoticeTooOldToHelpIsNotSent() {
        String phone = SmsTestSupport.mobile();
        TextMessage m = queue(phone, "emergency.responder");
        clock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(reload(m).getLastError()).startsWith("TOO_OLD");
        assertThat(to(phone)).isEmpty();
    }

    @Test
    void aLandlineIsNeverSentTo() {
        TextMessage m = tx.execute(s -> texts.queue(new PhoneNumber("055512345678", PhoneNumber.Kind.LANDLINE),
                "emergency.family", params(), "test"));
        sender.sendDue();
        assertThat(reload(m).getState()).isEqualTo(TextMessageState.FAILED);
        assertThat(reload(m).getLastError()).startsWith("NOT_MOBILE");
    }

    @Nested
    class ANodeThatStoppedMidSend {

        @Test
        void itsMessageIsTakenBackAfterTheTimeoutAndSentByAnother() {
            String phone = SmsTestSupport.mobile();
            TextMessage m = queue(phone, "emergency.family");
            assertThat(delivery.claimDue("node-dead")).extracting(ClaimedMessage::id).contains(m.getId());
            assertThat(sender.sendDue()).as("claimed by the stopped node").isZero();
            clock.advance(Duration.ofMinutes(1));
            assertThat(delivery.releaseStale()).isZero();
            clock.advance(Duration.ofMinutes(2));
            assertThat(delivery.releaseStale()).isEqualTo(1);
            sender.sendDue();
            assertThat(reload(m).getState()).isEqualTo(TextMessageState.SENT);
            assertThat(reload(m).getAttempts()).isEqualTo(2);
        }
    }

    @Nested
    class TheLogProvider {

        @Test
        void writesTheChineseWordingWithAMaskedNumberAndCountsItSent() {
            SmsProperties log = new SmsProperties("log", "银铃热线", "12349", Map.of(), Map.of(), 3, Duration.ofMinutes(1),
                    Duration.ofMinutes(30), 20, Duration.ofMinutes(2), Duration.ofSeconds(10), "",
                    SmsTestSupport.tencent(standIn.endpoint(), "").tencent());
            String phone = SmsTestSupport.mobile();
            TextMessage m = queue(phone, "emergency.family");
            new TextMessageSender(delivery, SmsConfiguration.choose(log, clock), "node-log").sendDue();
            assertThat(reload(m).getState()).isEqualTo(TextMessageState.SENT);
            assertThat(reload(m).getProviderMessageId()).isNull();
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                    .contains("【银铃热线】紧急求助：您的家人王秀英（东风社区3号楼）摔倒了。", "回电12349")
                    .contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone));
            assertThat(to(phone)).isEmpty();
        }
    }

    @Nested
    class Setup {

        @Autowired
        SmsProperties bound;

        @Test
        void templateKeysWithDotsBindAsOneKey() {
            assertThat(bound.templates()).containsEntry("emergency.responder", "100001")
                    .containsEntry("emergency.family", "100002");
            assertThat(bound.maxAgeOf("emergency.responder")).contains(Duration.ofHours(1));
            assertThat(bound.maxAgeOf("dispatch.issued")).isEmpty();
            assertThat(bound.provider()).isEqualTo("log");
        }

        @Test
        void tencentWithoutCredentialsSendsNothingAndSaysWhatIsMissing() {
            SmsSetup setup = SmsConfiguration.choose(SmsTestSupport.tencent(standIn.endpoint(), ""), clock);
            assertThat(setup.sending()).isFalse();
            assertThat(setup.problem()).contains("HOTLINE_SMS_TENCENT_SECRET_KEY").doesNotContain("SECRET_ID");
            assertThat(new TextMessageSender(delivery, setup, "node-off").sendDue()).isZero();
        }

        @Test
        void theSettingsNeverShowTheSecretKey() {
            assertThat(SmsTestSupport.tencent(standIn.endpoint(), SmsTestSupport.SECRET_KEY).toString())
                    .doesNotContain(SmsTestSupport.SECRET_KEY).contains(SmsTestSupport.SECRET_ID);
        }

        @Test
        void aProviderMustBeChosenByName() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SmsProperties("", "", "", null, null, 3,
                    Duration.ofMinutes(1), Duration.ofMinutes(30), 20, Duration.ofMinutes(2), Duration.ofSeconds(10), "",
                    SmsTestSupport.tencent(standIn.endpoint(), "").tencent()))
                    .hasMessageContaining("HOTLINE_SMS_PROVIDER").hasMessageContaining("tencent, log or none");
        }
    }

    private TextMessage queue(String phone, String template) {
        return tx.execute(s -> texts.queue(new PhoneNumber(phone, PhoneNumber.Kind.MOBILE), template, params(), "test"));
    }

    private static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("elder", "王秀英");
        p.put("place", "东风社区3号楼");
        p.put("what", "摔倒了");
        p.put("callback", "12349");
        return p;
    }

    private TextMessage reload(TextMessage m) {
        return repository.findById(m.getId()).orElseThrow();
    }

    private List<TencentSmsStandIn.Received> to(String phone) {
        return standIn.received().stream().filter(r -> r.phone().equals(phone)).toList();
    }

    private void earlierMessagesOutOfTheWay() {
        jdbc.update("update text_message set state = 'FAILED' where state in ('QUEUED', 'SENDING')");
    }
}
