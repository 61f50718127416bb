package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Direction;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What callers type or key to prove who they are reaches the dialog as given, and the stored
 * transcript (what the console shows) keeps it masked; so are ID and mobile numbers in any other words.
 */
class TranscriptMaskingTest extends DialogTest {

    @Autowired
    Conversations conversations;
    @Autowired
    Cases cases;
    @Autowired
    FamilyBindings bindings;

    @Nested
    class Identification {

        @Test
        void aWebChatStrangersPhoneAndIdDigitsAreStoredMaskedYetIdentifyTheElder() {
            String phone = elderWithPhone("ANQING_FREE");
            String lastFour = elderOf(phone).idNumber().lastFour();
            String session = "web-mask-" + community;

            web(session, "查一下我的补贴余额");
            web(session, phone);
            assertThat(web(session, lastFour).text()).as("decided on the raw digits").contains("核对好了").contains("20小时");

            List<Message> said = callerSaid(Channel.WEB, session);
            assertThat(said).extracting(Message::getText)
                    .containsExactly("查一下我的补贴余额", masked(phone), "****");
            assertNoRawDigits(said, phone, lastFour);
        }

        @Test
        void aCallersKeyedPhoneAndIdDigitsAreStoredMasked() {
            String phone = elderWithPhone("ANQING_FREE");
            String lastFour = elderOf(phone).idNumber().lastFour();
            String unknownLine = "0555" + phone.substring(phone.length() - 7);

            call(unknownLine);
            say(unknownLine, "我想查一下补贴还剩多少");
            press(unknownLine, phone);
            assertThat(press(unknownLine, lastFour).text()).contains("核对好了");

            List<Message> said = callerSaid(Channel.VOICE, unknownLine);
            assertThat(said).extracting(Message::getDtmf).containsExactly(null, masked(phone), "****");
            assertNoRawDigits(said, phone, lastFour);
        }

        @Test
        void aFamilyMembersBindingAnswersAreStoredMasked() {
            String phone = elderWithPhone("ANQING_FREE");
            String lastFour = elderOf(phone).idNumber().lastFour();
            String openid = "openid-mask-" + community;

            wechat(openid, "我要绑定老人");
            wechat(openid, "老人电话" + phone);
            assertThat(wechat(openid, lastFour).text()).as("decided on the raw digits").contains("什么人");
            wechat(openid, "女儿");
            wechat(openid, "是");
            BindingRequest request = bindings.awaitingApproval().stream().filter(r -> r.getOpenid().equals(openid))
                    .findFirst().orElseThrow();
            assertThat(request.elderId()).isEqualTo(elderOf(phone).elderId());

            List<Message> said = callerSaid(Channel.WECHAT, openid);
            assertThat(said).extracting(Message::getText)
                    .containsExactly("我要绑定老人", "老人电话" + masked(phone), "****", "女儿", "是");
            assertNoRawDigits(said, phone, lastFour);
        }

        @Test
        void aSingleKeyAtTheIdentificationQuestionStaysReadable() {
            String session = "web-mask-key-" + community;
            web(session, "查一下我的补贴余额");
            web(session, "0");
            assertThat(callerSaid(Channel.WEB, session)).extracting(Message::getText).containsExactly("查一下我的补贴余额", "0");
        }
    }

    @Nested
    class OtherWords {

        @Test
        void anIdOrMobileNumberInAnyMessageIsStoredMasked() {
            String session = "web-mask-free-" + community;
            web(session, "我儿子电话13912345678，身份证34050019470312123X");
            assertThat(callerSaid(Channel.WEB, session)).extracting(Message::getText)
                    .containsExactly("我儿子电话139****5678，身份证340500************");
        }

        @Test
        void anEmergencyOpensItsCaseWithTheNumbersMasked() {
            String session = "web-mask-fall-" + community;
            Reply r = web(session, "救命，我妈摔倒了，快打13912345678");
            assertThat(r.has(cn.yinling.hotline.bot.reply.Action.Handover.class)).isTrue();
            Long caseId = conversations.latestOf(Channel.WEB, session).orElseThrow().getCaseId();
            assertThat(cases.get(caseId).getSubject()).contains("139****5678").doesNotContain("13912345678");
            assertThat(cases.timeline(caseId)).allSatisfy(e -> assertThat(String.valueOf(e.getNote())).doesNotContain("13912345678"));
        }
    }

    private Reply web(String session, String text) {
        return engine.handle(Inbound.text(Channel.WEB, session, text));
    }

    private Reply wechat(String openid, String text) {
        return engine.handle(Inbound.text(Channel.WECHAT, openid, text));
    }

    private List<Message> callerSaid(Channel channel, String sender) {
        Long id = conversations.latestOf(channel, sender).orElseThrow().getId();
        return conversations.transcript(id).stream().filter(m -> m.getDirection() == Direction.IN).toList();
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static void assertNoRawDigits(List<Message> said, String phone, String lastFour) {
        assertThat(said).allSatisfy(m -> {
            assertThat(String.valueOf(m.getText())).doesNotContain(phone).doesNotContain(lastFour);
            assertThat(String.valueOf(m.getDtmf())).doesNotContain(phone).doesNotContain(lastFour);
            assertThat(String.valueOf(m.getSlots())).doesNotContain(lastFour);
        });
    }
}
