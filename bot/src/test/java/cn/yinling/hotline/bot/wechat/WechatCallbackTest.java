package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.bot.takeover.AgentReplyResult;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Direction;
import cn.yinling.hotline.cases.conversation.Delivery;
import cn.yinling.hotline.cases.conversation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The WeChat callback over real HTTP, with a client that signs and encrypts exactly as WeChat does
 * and a local stand-in for WeChat's token and customer-service endpoints.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hotline.wechat.reply-budget=PT1S")
class WechatCallbackTest {

    private static final LocalWechatApi API = startApi();
    private static final AtomicLong MSG_IDS = new AtomicLong(24_000_000_000_000_000L);

    @DynamicPropertySource
    static void wechatApi(DynamicPropertyRegistry registry) {
        registry.add("hotline.wechat.api-base-url", () -> API.baseUrl().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @MockitoSpyBean
    DialogEngine engine;

    @Autowired
    Cases cases;
    @Autowired
    Conversations conversations;
    @Autowired
    AgentRepository agents;
    @Autowired
    AgentReplies agentReplies;

    WechatClient plain;
    WechatClient safe;

    @BeforeEach
    void clients() {
        plain = client(false, clock);
        safe = client(true, clock);
    }

    @Nested
    class ServerVerification {

        @Test
        void answersTheEchostrWhenTheSignatureMatches() throws Exception {
            HttpResponse<String> r = plain.get(plain.verificationQuery("echo-12345"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("echo-12345");
        }

        @Test
        void refusesAForgedSignatureWithoutEchoing() throws Exception {
            String forged = plain.verificationQuery("echo-666").replaceFirst("signature=[0-9a-f]+", "signature=" + "0".repeat(40));
            HttpResponse<String> r = plain.get(forged);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).doesNotContain("echo-666");
        }

        @Test
        void refusesAVerificationSignedWithAnotherToken() throws Exception {
            WechatClient stranger = new WechatClient(callback(), "not-our-token", WechatProperties.DEMO_APP_ID,
                    WechatProperties.DEMO_AES_KEY, false, clock);
            assertThat(stranger.get(stranger.verificationQuery("echo-1")).statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class Messages {

        @Test
        void aPlaintextMessageGetsThePassiveReplyOfTheEngine() throws Exception {
            String openid = "openid-plain-text";
            HttpResponse<String> r = plain.send(openid, text(openid, "服务券过期了还能用吗"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<ToUserName><![CDATA[" + openid + "]]>")
                    .contains("<FromUserName><![CDATA[" + WechatClient.ACCOUNT + "]]>");
            assertThat(plain.replyText(r.body())).contains("过期作废");
            verify(engine).handle(new Inbound(Channel.WECHAT, openid, InputKind.TEXT, "服务券过期了还能用吗", null));
        }

        @Test
        void aSafeModeMessageIsDecryptedAndAnsweredEncrypted() throws Exception {
            String openid = "openid-safe-text";
            HttpResponse<String> r = safe.send(openid, text(openid, "服务券过期了还能用吗"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<Encrypt>").contains("<MsgSignature>").doesNotContain("过期");
            assertThat(safe.replyText(r.body())).contains("过期作废");
        }

        @Test
        void aVoiceMessageIsUnderstoodFromItsRecognition() throws Exception {
            String openid = "openid-voice";
            HttpResponse<String> r = plain.send(openid,
                    WechatClient.voiceXml(openid, "我要找人工客服", MSG_IDS.incrementAndGet(), plain.now()));
            assertThat(plain.replyText(r.body())).contains("转接人工");
            verify(engine).handle(new Inbound(Channel.WECHAT, openid, InputKind.TEXT, "我要找人工客服", null));
        }

        @Test
        void aNewFollowerIsGreeted() throws Exception {
            String openid = "openid-new-follower";
            HttpResponse<String> r = safe.send(openid, WechatClient.eventXml(openid, "subscribe", null, plain.now()));
            assertThat(safe.replyText(r.body())).contains("银铃热线");
            verify(engine).handle(Inbound.event(Channel.WECHAT, openid, InputKind.START));
        }

        @Test
        void aMenuClickIsTheWordsOfItsEntry() throws Exception {
            String openid = "openid-menu";
            plain.send(openid, WechatClient.eventXml(openid, "CLICK", "PERSON", plain.now()));
            verify(engine).handle(Inbound.text(Channel.WECHAT, openid, "转人工"));
        }

        @Test
        void anUnfollowEndsTheConversationWithoutAReply() throws Exception {
            String openid = "openid-leaving";
            HttpResponse<String> r = plain.send(openid, WechatClient.eventXml(openid, "unsubscribe", null, plain.now()));
            assertThat(r.body()).isEqualTo("success");
            verify(engine).handle(Inbound.event(Channel.WECHAT, openid, InputKind.HANGUP));
        }

        @Test
        void aPictureIsAnsweredPolitelyWithoutTheEngine() throws Exception {
            String openid = "openid-picture";
            String image = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[" + openid
                    + "]]></FromUserName><CreateTime>" + plain.now() + "</CreateTime><MsgType><![CDATA[image]]></MsgType>"
                    + "<PicUrl><![CDATA[http://example.invalid/a.jpg]]></PicUrl><MediaId><![CDATA[m]]></MediaId>"
                    + "<MsgId>" + MSG_IDS.incrementAndGet() + "</MsgId></xml>";
            HttpResponse<String> r = plain.send(openid, image);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(plain.replyText(r.body())).contains("文字和语音");
            verify(engine, never()).handle(any());
        }
    }

    @Nested
    class Retries {

        @Test
        void aRetriedMsgIdIsProcessedOnce() throws Exception {
            String openid = "openid-retry";
            String xml = text(openid, "服务券过期了还能用吗");
            assertThat(plain.replyText(plain.send(openid, xml).body())).contains("过期作废");
            assertThat(plain.send(openid, xml).body()).isEqualTo("success");
            assertThat(safe.send(openid, xml).body()).isEqualTo("success");
            verify(engine, times(1)).handle(argThat(in -> openid.equals(in.sender())));
        }

        @Test
        void concurrentDeliveriesOfOneMsgIdAreProcessedOnce() throws Exception {
            String openid = "openid-concurrent";
            String xml = text(openid, "服务券过期了还能用吗");
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> plain.send(openid, xml).body());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                bodies.add(f.get());
            }
            pool.shutdown();
            assertThat(bodies).filteredOn(b -> !"success".equals(b)).hasSize(1);
            verify(engine, times(1)).handle(argThat(in -> openid.equals(in.sender())));
        }

        @Test
        void aRetriedEventIsProcessedOnceBySenderAndTime() throws Exception {
            String openid = "openid-event-retry";
            String xml = WechatClient.eventXml(openid, "subscribe", null, plain.now());
            plain.send(openid, xml);
            assertThat(plain.send(openid, xml).body()).isEqualTo("success");
            verify(engine, times(1)).handle(argThat(in -> openid.equals(in.sender())));
        }
    }

    @Nested
    class HostileInput {

        @Test
        void aForgedSignatureIsRefused() throws Exception {
            String openid = "openid-forged";
            WechatClient.Signed signed = plain.sign(openid, text(openid, "你好"));
            HttpResponse<String> r = plain.post(new WechatClient.Signed(
                    signed.query().replaceFirst("signature=[0-9a-f]+", "signature=" + "a".repeat(40)), signed.body()));
            assertThat(r.statusCode()).isEqualTo(403);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void aMessageWithoutSignatureIsRefused() throws Exception {
            String openid = "openid-unsigned";
            HttpResponse<String> r = plain.post(new WechatClient.Signed("openid=" + openid, text(openid, "你好")));
            assertThat(r.statusCode()).isEqualTo(403);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void aReplayOutsideTheTimestampWindowIsRefused() throws Exception {
            String openid = "openid-stale";
            WechatClient old = client(false, Clock.offset(clock, Duration.ofMinutes(-6)));
            assertThat(old.send(openid, text(openid, "你好")).statusCode()).isEqualTo(403);
            WechatClient future = client(true, Clock.offset(clock, Duration.ofMinutes(6)));
            assertThat(future.send(openid, text(openid, "你好")).statusCode()).isEqualTo(403);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void anExternalEntityIsRefusedUnparsed() throws Exception {
            String openid = "openid-xxe";
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + text(openid, "&x;");
            HttpResponse<String> r = plain.send(openid, xxe);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("root:");
            verifyEngineNeverSaw(openid);
        }

        @Test
        void billionLaughsIsRefusedUnparsed() throws Exception {
            String openid = "openid-laughs";
            StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                        .append("\">");
            }
            dtd.append("]>");
            assertThat(plain.send(openid, dtd + text(openid, "&lol9;")).statusCode()).isEqualTo(400);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void aDoctypeHiddenInsideASafeModeMessageIsRefused() throws Exception {
            String openid = "openid-hidden-xxe";
            String xxe = "<!doctype xml [<!entity x SYSTEM \"file:///etc/hostname\">]>" + text(openid, "&x;");
            assertThat(safe.send(openid, xxe).statusCode()).isEqualTo(400);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void aSafeModeMessageWithAForgedMsgSignatureIsRefused() throws Exception {
            String openid = "openid-forged-msg-signature";
            WechatClient.Signed signed = safe.sign(openid, text(openid, "你好"));
            HttpResponse<String> r = safe.post(new WechatClient.Signed(
                    signed.query().replaceFirst("msg_signature=[0-9a-f]+", "msg_signature=" + "b".repeat(40)), signed.body()));
            assertThat(r.statusCode()).isEqualTo(403);
            verifyEngineNeverSaw(openid);
        }

        @ParameterizedTest
        @ValueSource(strings = {"!!!!这不是密文!!!!", "AAAA", "AAAAAAAAAAAAAAAAAAAAAA=="})
        void aSignedSafeModeMessageThatIsNotCiphertextIsABadRequest(String encrypt) throws Exception {
            String openid = "openid-not-ciphertext";
            WechatClient.Signed signed = safe.sign(openid, text(openid, "你好"));
            java.util.regex.Matcher q = java.util.regex.Pattern.compile("timestamp=(\\d+)&nonce=(\\d+)").matcher(signed.query());
            assertThat(q.find()).isTrue();
            String msgSignature = me.chanjar.weixin.common.util.crypto.SHA1.gen(WechatProperties.DEMO_TOKEN, q.group(1), q.group(2), encrypt);
            HttpResponse<String> r = safe.post(new WechatClient.Signed(
                    signed.query().replaceFirst("msg_signature=[0-9a-f]+", "msg_signature=" + msgSignature),
                    "<xml><ToUserName><![CDATA[gh_demo]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>"));
            assertThat(r.statusCode()).isEqualTo(400);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void aMessageEncryptedForAnotherAppIdIsRefused() throws Exception {
            String openid = "openid-other-app";
            WechatClient otherApp = new WechatClient(callback(), WechatProperties.DEMO_TOKEN, "wx-someone-else",
                    WechatProperties.DEMO_AES_KEY, true, clock);
            assertThat(otherApp.send(openid, text(openid, "你好")).statusCode()).isEqualTo(403);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void anOversizedBodyIsRefusedUnread() throws Exception {
            String openid = "openid-huge";
            assertThat(plain.send(openid, text(openid, "长".repeat(10_000))).statusCode()).isEqualTo(413);
            verifyEngineNeverSaw(openid);
        }

        @ParameterizedTest
        @ValueSource(ints = {65, 81, 300})
        @ExtendWith(OutputCaptureExtension.class)
        void aSenderLongerThanAnOpenidIsRefusedAtTheDoorAndLoggedOnce(int length, CapturedOutput log) throws Exception {
            String openid = "o".repeat(length);
            HttpResponse<String> r = plain.send(openid, text(openid, "我要找人工客服"));
            assertThat(r.statusCode()).isEqualTo(400);
            verifyEngineNeverSaw(openid);
            assertThat(log.getOut().lines().filter(l -> l.contains("sender is not an openid"))).singleElement()
                    .satisfies(l -> assertThat(l).contains(length + " characters").doesNotContain("o".repeat(65)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"openid with spaces", "openid<script>", "openid\n2026-12-07 INFO forged", "微信用户"})
        void aSenderThatIsNoOpenidIsRefused(String openid) throws Exception {
            HttpResponse<String> r = plain.send(openid, text(openid, "你好"));
            assertThat(r.statusCode()).isEqualTo(400);
            verifyEngineNeverSaw(openid);
        }

        @Test
        void aMessageWithoutASenderIsRefused() throws Exception {
            String xml = "<xml><ToUserName><![CDATA[" + WechatClient.ACCOUNT + "]]></ToUserName><CreateTime>" + plain.now()
                    + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>"
                    + MSG_IDS.incrementAndGet() + "</MsgId></xml>";
            assertThat(safe.send("nobody", xml).statusCode()).isEqualTo(400);
            verify(engine, never()).handle(any());
        }

        @Test
        void theLongestOpenidTakenIsServedThroughAHandOver() throws Exception {
            String openid = "openid-longest-" + "x".repeat(64 - 15);
            HttpResponse<String> r = plain.send(openid, text(openid, "我要找人工客服"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(plain.replyText(r.body())).contains("转接人工");
        }

        @Test
        void malformedXmlIsRefused() throws Exception {
            String openid = "openid-malformed";
            assertThat(plain.send(openid, "<xml><MsgType>text").statusCode()).isEqualTo(400);
            verifyEngineNeverSaw(openid);
        }
    }

    @Nested
    class SlowAnswers {

        @Test
        void anAnswerLaterThanTheBudgetGoesOutAsACustomerServiceMessage() throws Exception {
            String openid = "openid-slow";
            doAnswer(inv -> {
                Thread.sleep(1_500);
                return inv.callRealMethod();
            }).when(engine).handle(argThat(in -> in != null && openid.equals(in.sender())));
            plain.send("openid-warm-up", text("openid-warm-up", "你好"));
            long started = System.nanoTime();
            HttpResponse<String> r = plain.send(openid, text(openid, "服务券过期了还能用吗"));
            assertThat(r.body()).isEqualTo("success");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_450));
            LocalWechatApi.Sent sent = API.next(10, TimeUnit.SECONDS);
            assertThat(sent).isNotNull();
            assertThat(sent.openid()).isEqualTo(openid);
            assertThat(sent.text()).contains("过期作废");
            verify(engine, timeout(1_000).times(1)).handle(argThat(in -> in != null && openid.equals(in.sender())));
        }
    }

    @Nested
    class Takeover {

        @Test
        void afterAHandOverAndClaimTheNextMessageReachesTheConversationNotTheBotAndTheAgentsReplyArrives() throws Exception {
            String openid = "openid-takeover";
            Long caseId = handedOverAndClaimed(openid);

            HttpResponse<String> r = plain.send(openid, text(openid, "我妈今天一直没吃饭"));
            assertThat(r.body()).isEqualTo("success");
            List<Message> transcript = transcriptOf(openid);
            assertThat(transcript.get(transcript.size() - 1).getDirection()).isEqualTo(Direction.IN);
            assertThat(transcript.get(transcript.size() - 1).getText()).isEqualTo("我妈今天一直没吃饭");

            AgentReplyResult result = agentReplies.send(caseId, holder, "李娜", "您好，我是客服李娜，马上联系社区。");
            assertThat(result.outcome()).isEqualTo(AgentReplyResult.Outcome.DELIVERED);
            LocalWechatApi.Sent sent = nextSentTo(openid);
            assertThat(sent).isNotNull();
            assertThat(sent.text()).contains("李娜").contains("马上联系社区");
            assertThat(transcriptOf(openid).get(transcriptOf(openid).size() - 1).getAgentId()).isEqualTo(holder);
        }

        @Test
        void aFailedDeliveryOfTheAgentsReplyIsReportedWithWechatsErrcode() throws Exception {
            String openid = "openid-takeover-silent";
            Long caseId = handedOverAndClaimed(openid);
            API.failFor(openid, 45015);

            AgentReplyResult result = agentReplies.send(caseId, holder, "李娜", "您好，还在吗？");
            assertThat(result.ok()).isFalse();
            assertThat(result.outcome()).isEqualTo(AgentReplyResult.Outcome.FAILED);
            assertThat(result.errcode()).isEqualTo(45015);
            assertThat(result.error()).contains("48小时").doesNotContain("out of time limit");
            Message reply = transcriptOf(openid).get(transcriptOf(openid).size() - 1);
            assertThat(reply.getDelivery()).isEqualTo(Delivery.FAILED);
            assertThat(reply.getDeliveryProblem()).contains("48小时");

            API.deliverTo(openid);
            AgentReplyResult again = agentReplies.resend(caseId, reply.getId());
            assertThat(again.outcome()).isEqualTo(AgentReplyResult.Outcome.DELIVERED);
            assertThat(nextSentTo(openid).text()).contains("还在吗");
            assertThat(transcriptOf(openid).get(transcriptOf(openid).size() - 1).getDelivery()).isEqualTo(Delivery.DELIVERED);
            assertThat(agentReplies.resend(caseId, reply.getId()).outcome()).isEqualTo(AgentReplyResult.Outcome.DELIVERED);
            assertThat(nextSentTo(openid)).as("a delivered reply is not sent twice").isNull();
        }

        @Test
        void afterHandBackTheBotAnswersAgain() throws Exception {
            String openid = "openid-takeover-back";
            Long caseId = handedOverAndClaimed(openid);
            agentReplies.handBack(caseId);
            HttpResponse<String> r = plain.send(openid, text(openid, "服务券过期了还能用吗"));
            assertThat(plain.replyText(r.body())).contains("过期作废");
        }

        Long holder;

        private Long handedOverAndClaimed(String openid) throws Exception {
            HttpResponse<String> r = plain.send(openid, text(openid, "我要找人工客服"));
            assertThat(plain.replyText(r.body())).contains("转接人工");
            Long caseId = conversations.latestOf(Channel.WECHAT, openid).orElseThrow().getCaseId();
            holder = agents.save(new Agent("wx-" + MSG_IDS.incrementAndGet(), "李娜", "x", AgentRole.AGENT, null)).getId();
            assertThat(cases.claim(caseId, holder, "agent:test").claimed()).isTrue();
            return caseId;
        }

        private List<Message> transcriptOf(String openid) {
            return conversations.transcript(conversations.latestOf(Channel.WECHAT, openid).orElseThrow().getId());
        }

        private LocalWechatApi.Sent nextSentTo(String openid) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until) {
                LocalWechatApi.Sent sent = API.next(1, TimeUnit.SECONDS);
                if (sent != null && openid.equals(sent.openid())) {
                    return sent;
                }
            }
            return null;
        }
    }

    @Nested
    class WechatSay {

        @Test
        void printsThePassiveReplyToAPlaintextMessage() {
            String out = say(0, "--openid", "openid-say", "--url", callback().toString(), "--api-port", "0", "服务券过期了还能用吗");
            assertThat(out).contains("过期作废");
        }

        @Test
        void encryptsInSafeModeAndPrintsTheDecryptedReply() {
            String out = say(0, "--openid", "openid-say-safe", "--url", callback().toString(), "--api-port", "0", "--safe",
                    "我要找人工客服");
            assertThat(out).contains("转接人工");
            verify(engine).handle(Inbound.text(Channel.WECHAT, "openid-say-safe", "我要找人工客服"));
        }

        @Test
        void explainsItsUsageWithoutAnOpenid() {
            assertThat(say(2, "你好")).contains("usage: wechat-say");
        }

        @Test
        void reportsARefusalWithAWrongToken() {
            assertThat(say(3, "--openid", "openid-say-wrong", "--url", callback().toString(), "--api-port", "0",
                    "--token", "wrong", "你好")).contains("HTTP 403");
        }

        private String say(int expectedStatus, String... args) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int status = WechatSayCommand.run(args, clock, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(status).as(out).isEqualTo(expectedStatus);
            return out;
        }
    }

    private void verifyEngineNeverSaw(String openid) {
        verify(engine, never()).handle(argThat(in -> in != null && openid.equals(in.sender())));
    }

    private String text(String openid, String content) {
        return WechatClient.textXml(openid, content, MSG_IDS.incrementAndGet(), plain.now());
    }

    private WechatClient client(boolean encrypted, Clock at) {
        return new WechatClient(callback(), WechatProperties.DEMO_TOKEN, WechatProperties.DEMO_APP_ID,
                WechatProperties.DEMO_AES_KEY, encrypted, at);
    }

    private URI callback() {
        return URI.create("http://127.0.0.1:" + port + "/wechat/callback");
    }

    private static LocalWechatApi startApi() {
        try {
            return LocalWechatApi.start(0, WechatProperties.DEMO_APP_ID, WechatProperties.DEMO_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
