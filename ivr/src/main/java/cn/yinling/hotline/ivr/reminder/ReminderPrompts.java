package cn.yinling.hotline.ivr.reminder;

import static cn.yinling.hotline.bot.reply.SpokenChinese.time;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.reminder.ReminderCall;
import cn.yinling.hotline.ivr.call.Prompt;

/** The reminder call's words, from the {@code reminder.*} keys of the bot message bundle. */
final class ReminderPrompts {

    private final Messages messages;

    ReminderPrompts(Messages messages) {
        this.messages = messages;
    }

    /** 王阿姨，明天上午九点有人来给您助浴，按1确认，按2改时间，按3取消。 */
    Prompt greeting(ReminderCall call) {
        String title = messages.text(call.sex() == Sex.FEMALE ? "title.female" : "title.male", call.surname());
        return prompt("reminder.greeting", title, time(call.startsAt().toLocalTime()), call.serviceName());
    }

    Prompt again() {
        return prompt("reminder.again");
    }

    /** After "不取消": the visit stands, and the question again. */
    Prompt keptAndAgain() {
        return Prompt.of(messages.speech("bookings.keep") + messages.speech("reminder.again"));
    }

    Prompt confirmCancel(ReminderCall call) {
        return prompt("reminder.confirmCancel", call.serviceName());
    }

    Prompt confirmed() {
        return prompt("reminder.confirmed");
    }

    Prompt transfer() {
        return prompt("reminder.transfer");
    }

    Prompt cancelled() {
        return prompt("reminder.cancelled");
    }

    Prompt cannotCancel() {
        return prompt("reminder.cannotCancel");
    }

    Prompt noKey() {
        return prompt("reminder.noKey");
    }

    private Prompt prompt(String key, Object... args) {
        return Prompt.of(messages.speech(key, args));
    }
}
