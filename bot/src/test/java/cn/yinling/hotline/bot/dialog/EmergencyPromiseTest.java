package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.responders.Volunteers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The emergency reply promises only what happens: an agent always; "您的家人" only when family will
 * hear of it (a responder to call, or a WeChat binding with consent); "社区" only when the community
 * worker or a volunteer will be called. Both in text and on the phone.
 */
class EmergencyPromiseTest extends DialogTest {

    private static final AtomicInteger SEQ = new AtomicInteger(700);

    @Autowired
    Responders responders;
    @Autowired
    Volunteers volunteers;

    @Test
    void anElderWithNobodyToCallIsPromisedOnlyAnAgent() {
        String phone = elderWithPhone("ANQING_FREE");
        call(phone);
        Reply r = press(phone, "9");
        assertThat(r.text()).contains("马上为您接通紧急救助人员").doesNotContain("家人").doesNotContain("社区");
        assertThat(speech(r)).contains("马上为您接通紧急救助人员").doesNotContain("家人");
    }

    @Test
    void familyAndCommunityAreNamedWhenTheyAreCalled() {
        String phone = elderWithPhone("ANQING_FREE");
        Elder e = elderOf(phone);
        long son = elders.addFamilyContact(e.elderId(), "王磊", "儿子", "1370000" + String.format("%04d",
                SEQ.incrementAndGet()), true).getId();
        responders.addFamily(e.elderId(), son, "");
        call(phone);
        assertThat(speech(press(phone, "9"))).contains("同时通知您的家人").doesNotContain("社区");

        long team = volunteers.createTeam("互助队", community, "").getId();
        responders.addVolunteer(e.elderId(), volunteers.addMember(team, "赵志愿", "1371111" + String.format("%04d",
                SEQ.incrementAndGet()), "", "").getId());
        call(phone);
        assertThat(press(phone, "9").text()).contains("同时通知您的家人和社区");
    }

    @Test
    void aStrangerInAWebChatIsPromisedOnlyAnAgent() {
        String sender = "web-" + SEQ.incrementAndGet();
        engine.handle(Inbound.event(Channel.WEB, sender, InputKind.START));
        Reply r = engine.handle(Inbound.text(Channel.WEB, sender, "救命！我摔倒了起不来"));
        assertThat(r.text()).contains("马上为您接通紧急救助人员").doesNotContain("家人");
    }

    private static String speech(Reply r) {
        return String.join("", r.lines().stream().map(Line::speech).toList());
    }
}
