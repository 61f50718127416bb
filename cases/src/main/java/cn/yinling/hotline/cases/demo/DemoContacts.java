package cn.yinling.hotline.cases.demo;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Turn;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * One replayed day of the demo street's calls and chats, so the supervisor's dashboard has three
 * weeks of history to show: calls to the voice hotline and family members' WeChat chats answered by
 * the bot (with the intents it recognised), and a few handed to a person or complained about, which
 * the desk closed the same day. Written through the real services at the replayed time.
 */
@Component
class DemoContacts {

    /** What callers said, with the intent the bot recognised, and what it answered. */
    private record Said(String text, String intent, String answer) {
    }

    private static final List<Said> CALLS = List.of(
            new Said("我想约明天上午打扫卫生", "book_service", "好的，已为您预约明天上午九点的保洁。"),
            new Said("我这个月还有几个小时", "query_balance", "您本月还有十二小时补贴。"),
            new Said("我约的助餐是哪天", "query_booking", "您的助餐预约在后天中午十一点半。"),
            new Said("后天的洗澡不要了", "cancel_booking", "好的，已为您取消后天的助浴。"),
            new Said("你好", "greeting", "您好，这里是银铃热线。"),
            new Said("帮我转人工", "human_agent", "正在为您转接人工，请稍候。"));
    private static final List<Said> CHATS = List.of(
            new Said("给我妈约周三下午助浴", "book_service", "已为王秀英预约周三下午两点的助浴。"),
            new Said("我爸补贴还剩多少", "query_balance", "李建国本月还有八小时补贴。"),
            new Said("高龄补贴怎么申请", "policy_inquiry", "年满八十周岁可向社区申请高龄津贴。"),
            new Said("上次保洁很满意", "rate_service", "谢谢您的评价！"));

    private final Conversations conversations;
    private final Cases cases;

    DemoContacts(Conversations conversations, Cases cases) {
        this.conversations = conversations;
        this.cases = cases;
    }

    /** Six calls and three chats between 8:00 and 18:00 of {@code day}; one of each handed to a person. */
    void replay(LocalDate day, Random random, List<Elder> elders, DemoClock clock, ZoneId zone) {
        for (int i = 0; i < 9; i++) {
            boolean call = i < 6;
            clock.replayAt(day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant());
            Elder elder = elders.get(random.nextInt(elders.size()));
            Said said = (call ? CALLS : CHATS).get(random.nextInt((call ? CALLS : CHATS).size()));
            Channel channel = call ? Channel.VOICE : Channel.WECHAT;
            Conversation c = conversations.start(channel, call ? "demo-caller" : "demo-family", elder.elderId());
            conversations.append(c.getId(), Turn.incoming(said.text(), null, said.intent(), 0.9, null));
            conversations.append(c.getId(), Turn.outgoing(said.answer()));
            if (i == 0 || i == 6 || "human_agent".equals(said.intent())) {
                handOver(c, elder, channel, clock);
            } else {
                conversations.end(c.getId(), "done");
            }
        }
        if (random.nextInt(4) == 0) {
            complaint(elders.get(random.nextInt(elders.size())), day, clock, zone);
        }
    }

    /** A person takes the call or chat over and closes the case within the hour. */
    private void handOver(Conversation c, Elder elder, Channel channel, DemoClock clock) {
        CareCase handoff = cases.openHandoff(elder.elderId(), "来电要求人工服务", Priority.NORMAL, channel, "demo");
        conversations.linkCase(c.getId(), handoff.getId());
        conversations.end(c.getId(), "handed over");
        clock.replayAt(clock.instant().plusSeconds(1800));
        cases.close(handoff.getId(), "INFORMATION_GIVEN", "demo");
    }

    private void complaint(Elder elder, LocalDate day, DemoClock clock, ZoneId zone) {
        clock.replayAt(day.atTime(16, 0).atZone(zone).toInstant());
        CareCase c = cases.openComplaint(new ComplaintRequest(elder.elderId(), ComplaintType.LATE, Severity.NORMAL,
                "服务人员迟到了半小时", null, null, Channel.VOICE, "demo"));
        clock.replayAt(day.atTime(17, 30).atZone(zone).toInstant());
        cases.recordOutcome(c.getId(), ComplaintOutcome.UPHELD, "已向服务商核实并致歉", "demo");
        cases.close(c.getId(), "COMPLAINT_RECORDED", "demo");
    }
}
