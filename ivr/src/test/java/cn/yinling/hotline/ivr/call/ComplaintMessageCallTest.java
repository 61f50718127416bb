package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.CallerStep.HangUp;
import cn.yinling.hotline.ivr.simulator.CallerStep.Keys;
import cn.yinling.hotline.ivr.simulator.CallerStep.Silence;
import cn.yinling.hotline.ivr.simulator.CallerStep.Speaks;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Complaint by keypad, then a recorded message (RECORD FILE, AGI-NOTES §8b) filed with the case, then a person. */
class ComplaintMessageCallTest extends CallTestSupport {

    /** Menu 4 (complaint), 2 (attitude), 2 (not serious) — the case is open — then 1 (leave a message). */
    private static final List<CallerStep> UP_TO_THE_MESSAGE = List.of(press("4"), press("2"), press("2"), press("1"));

    @Autowired
    Cases cases;
    @Autowired
    Conversations conversations;

    @Test
    void theMessageEndedByHashIsFiledWithTheCaseAndThePersonGetsThatCase() throws IOException {
        String phone = elderWithPhone("ANQING_FREE");
        CallRecord call = dial(phone, steps(new Keys("#", 6.0), press("1")));
        CareCase complaint = complaintOf(phone);

        assertThat(call.recordings()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("/rec/yinling/case-" + complaint.getId() + "-" + uniqueIdOf(call));
            assertThat(r.format()).isEqualTo("wav");
            assertThat(r.reply()).isEqualTo("200 result=35 (dtmf) endpos=48000");
        });
        assertThat(call.transcript()).anySatisfy(l -> assertThat(l).startsWith(">>> RECORD FILE").contains("\"#\" 120000 0 s=4"));
        assertThat(messagesOf(complaint)).containsExactly(call.recordings().get(0).file() + ".wav 6.0 s");
        assertThat(call.heard()).contains("说完请按井号键").contains("留言已经收到");
        assertThat(call.variables()).containsEntry("HOTLINE_CASE_ID", complaint.getId().toString());
        assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
    }

    @Test
    void aPauseEndsTheMessageWithTheTimeLeftAndItIsStillFiled() throws IOException {
        String phone = elderWithPhone("ANQING_FREE");
        CallRecord call = dial(phone, steps(new Speaks(5.0), press("2")));
        assertThat(call.recordings()).singleElement()
                .satisfies(r -> assertThat(r.reply()).isEqualTo("200 result=111000 (timeout) endpos=40000"));
        assertThat(messagesOf(complaintOf(phone))).singleElement().asString().endsWith(".wav 5.0 s");
        assertThat(call.prompts().get(call.prompts().size() - 1).text()).contains("预约服务按1");
    }

    @Test
    void hangingUpWhileRecordingKeepsWhatWasSaidAndEndsTheCallCleanly() throws IOException {
        String phone = elderWithPhone("ANQING_FREE");
        CallRecord call = dial(phone, steps(new HangUp(4.0)));
        assertThat(call.recordings()).singleElement()
                .satisfies(r -> assertThat(r.reply()).isEqualTo("200 result=-1 (hangup) endpos=32000"));
        assertThat(messagesOf(complaintOf(phone))).singleElement().asString().endsWith(".wav 4.0 s");
        assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
        assertThat(call.closedByServer()).as("the server, not Asterisk, closes the socket").isTrue();
        assertThat(conversations.ofElder(elderOf(phone).elderId()))
                .allSatisfy(c -> assertThat(c.getEndReason()).isEqualTo("hangup"));
        awaitNoActiveCalls();
        assertThat(dial(phone).prompts().get(0).text()).as("the session is gone").startsWith("王阿姨您好");
    }

    @Test
    void silenceFilesNoMessageAndTheCallerIsStillOfferedAPerson() throws IOException {
        String phone = elderWithPhone("ANQING_FREE");
        CallRecord call = dial(phone, steps(new Silence(), press("1")));
        assertThat(call.recordings()).singleElement()
                .satisfies(r -> assertThat(r.reply()).isEqualTo("200 result=0 (timeout) endpos=0"));
        assertThat(messagesOf(complaintOf(phone))).isEmpty();
        assertThat(call.heard()).contains("没有录到您的留言").contains("需要现在和工作人员通话吗");
        assertThat(call.variables()).containsEntry("HOTLINE_CASE_ID", complaintOf(phone).getId().toString());
    }

    private static CallerStep[] steps(CallerStep... then) {
        List<CallerStep> all = new java.util.ArrayList<>(UP_TO_THE_MESSAGE);
        all.addAll(List.of(then));
        return all.toArray(CallerStep[]::new);
    }

    private CareCase complaintOf(String phone) {
        return cases.ofElder(elderOf(phone).elderId()).get(0);
    }

    private List<String> messagesOf(CareCase c) {
        return cases.timeline(c.getId()).stream().filter(e -> Cases.VOICE_MESSAGE.equals(e.getKind()))
                .map(CaseEvent::getNote).toList();
    }

    private static String uniqueIdOf(CallRecord call) {
        return call.transcript().stream().filter(l -> l.startsWith("<<< agi_uniqueid: ")).findFirst().orElseThrow()
                .substring("<<< agi_uniqueid: ".length());
    }
}
