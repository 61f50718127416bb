package cn.yinling.hotline.ivr.checkin;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.checkin.CheckinCall;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.ivr.call.Prompt;

/** The check-in call's words, from the {@code checkin.*} keys of the bot message bundle. */
final class CheckinPrompts {

    private static final int NOON = 12;
    private static final int EVENING = 18;

    private final Messages messages;

    CheckinPrompts(Messages messages) {
        this.messages = messages;
    }

    /** 王阿姨早上好，今天身体好吗？平安请按1，需要帮助请按2。 */
    Prompt greeting(CheckinCall call) {
        String title = messages.text(call.sex() == Sex.FEMALE ? "title.female" : "title.male", call.surname());
        int hour = call.dueTime().getHour();
        String dayPart = hour < NOON ? "checkin.morning" : hour < EVENING ? "checkin.afternoon" : "checkin.evening";
        return prompt("checkin.greeting", title, messages.speech(dayPart));
    }

    Prompt again() {
        return prompt("checkin.again");
    }

    Prompt fine() {
        return prompt("checkin.fine");
    }

    Prompt help() {
        return prompt("checkin.help");
    }

    Prompt noKey() {
        return prompt("checkin.noKey");
    }

    private Prompt prompt(String key, Object... args) {
        return Prompt.of(messages.speech(key, args));
    }
}
