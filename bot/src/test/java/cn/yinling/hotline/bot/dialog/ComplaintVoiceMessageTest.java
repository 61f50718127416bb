package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.VoiceMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a complaint by keypad: a recorded message filed with the case, then a person if wanted. */
class ComplaintVoiceMessageTest extends DialogTest {

    private static final VoiceMessage MESSAGE = new VoiceMessage("/var/spool/asterisk/yinling/m1.wav", Duration.ofSeconds(7));

    @Autowired
    Cases cases;

    @Test
    void aPhoneComplaintOffersAMessageThenAsksTheChannelToRecordIt() {
        String phone = elderWithPhone("ANQING_FREE");
        Reply opened = complainByKeypad(phone);
        assertThat(opened.text()).contains("已经登记您的投诉").contains("留一段话");
        assertThat(opened.options()).extracting(o -> o.key()).containsExactly("1", "2");

        Reply record = press(phone, "1");
        Action.RecordMessage action = record.action(Action.RecordMessage.class);
        assertThat(action).isNotNull();
        assertThat(action.caseId()).isEqualTo(caseOf(phone));
        assertThat(record.text()).contains("井号键");
    }

    @Test
    void theRecordedMessageIsFiledWithTheCaseAndAPersonIsOffered() {
        String phone = elderWithPhone("ANQING_FREE");
        complainByKeypad(phone);
        press(phone, "1");
        Reply after = engine.handle(Inbound.recording(Channel.VOICE, phone, MESSAGE));
        assertThat(after.text()).contains("留言已经收到").contains("工作人员通话");
        assertThat(cases.timeline(caseOf(phone))).extracting(CaseEvent::getKind).contains(Cases.VOICE_MESSAGE);

        Reply person = press(phone, "1");
        Action.Handover handover = person.action(Action.Handover.class);
        assertThat(handover).isNotNull();
        assertThat(handover.caseId()).as("the agent gets the complaint with its message").isEqualTo(caseOf(phone));
    }

    @Test
    void nothingSaidFilesNothingAndTheCallerCanGoBackToTheMenu() {
        String phone = elderWithPhone("ANQING_FREE");
        complainByKeypad(phone);
        press(phone, "1");
        Reply after = engine.handle(Inbound.recording(Channel.VOICE, phone, null));
        assertThat(after.text()).contains("没有录到");
        assertThat(cases.timeline(caseOf(phone))).extracting(CaseEvent::getKind).doesNotContain(Cases.VOICE_MESSAGE);
        Reply menu = press(phone, "2");
        assertThat(menu.options()).hasSize(4);
        assertThat(menu.has(Action.Handover.class)).isFalse();
    }

    @Test
    void declaringNoMessageGoesStraightToThePersonQuestion() {
        String phone = elderWithPhone("ANQING_FREE");
        complainByKeypad(phone);
        Reply r = press(phone, "2");
        assertThat(r.has(Action.RecordMessage.class)).isFalse();
        assertThat(r.text()).contains("工作人员通话");
    }

    @Test
    void chatComplaintsAreNotOfferedARecording() {
        String phone = elderWithPhone("ANQING_FREE");
        String session = "web-" + phone;
        engine.handle(Inbound.event(Channel.WEB, session, InputKind.START));
        Reply r = engine.handle(Inbound.text(Channel.WEB, session, "护工态度太差了，我要投诉"));
        for (int i = 0; i < 3 && !r.text().contains("登记"); i++) {
            r = engine.handle(Inbound.text(Channel.WEB, session, r.options().get(r.options().size() - 1).key()));
        }
        assertThat(r.text()).doesNotContain("留一段话");
        assertThat(r.has(Action.RecordMessage.class)).isFalse();
    }

    @Test
    void aRecordingNobodyAskedForChangesNothing() {
        String phone = elderWithPhone("ANQING_FREE");
        call(phone);
        Reply r = engine.handle(Inbound.recording(Channel.VOICE, phone, MESSAGE));
        assertThat(r.options()).hasSize(4);
        assertThat(cases.ofElder(elderOf(phone).elderId())).isEmpty();
    }

    /** Menu 4 (complaint), category 2 (attitude), then "not one of these visits" if asked, then normal. */
    private Reply complainByKeypad(String phone) {
        call(phone);
        press(phone, "4");
        Reply r = press(phone, "2");
        if (r.text().contains("哪一次")) {
            r = press(phone, r.options().get(r.options().size() - 1).key());
        }
        return press(phone, "2");
    }

    private Long caseOf(String phone) {
        return cases.ofElder(elderOf(phone).elderId()).get(0).getId();
    }
}
