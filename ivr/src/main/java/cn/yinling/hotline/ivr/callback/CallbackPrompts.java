package cn.yinling.hotline.ivr.callback;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.SpokenChinese;
import cn.yinling.hotline.cases.callback.CallbackCall;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.ivr.call.Prompt;

/** The callback's words, from the {@code callback.*} keys of the bot message bundle. */
final class CallbackPrompts {

    private final Messages messages;

    CallbackPrompts(Messages messages) {
        this.messages = messages;
    }

    /** 现在等候的人比较多，大约要等五分钟。不用等，按1我们给您回电话；… (no bound: nobody on duty). */
    Prompt offer(WaitEstimate estimate) {
        if (estimate.expected() == null) {
            return prompt("callback.offerNoAgent");
        }
        long minutes = Math.max(1, (estimate.expected().toSeconds() + 59) / 60);
        return prompt("callback.offer", SpokenChinese.minutes(minutes));
    }

    Prompt chooseTime() {
        return prompt("callback.chooseTime");
    }

    Prompt confirmed() {
        return prompt("callback.confirmed");
    }

    Prompt confirmedAt(LaterTime time) {
        return prompt("callback.confirmedAt", messages.speech(time.words()));
    }

    /** 王阿姨您好，这里是银铃热线，给您回电话了。… */
    Prompt greeting(CallbackCall call) {
        String title = call.surname() == null ? ""
                : messages.text(call.sex() == Sex.FEMALE ? "title.female" : "title.male", call.surname());
        return prompt("callback.greeting", title);
    }

    private Prompt prompt(String key, Object... args) {
        return Prompt.of(messages.speech(key, args));
    }
}
