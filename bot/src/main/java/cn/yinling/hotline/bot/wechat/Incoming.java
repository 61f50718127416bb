package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.dialog.Inbound;

/** What a WeChat message means for the hotline: an input for the engine, a polite fixed answer, or nothing. */
sealed interface Incoming {

    /** An input for the dialog engine; {@code answered} is false when nobody can read the reply (unsubscribe). */
    record ToEngine(Inbound inbound, boolean answered) implements Incoming {
    }

    /** A message the channel answers itself, such as a picture it cannot read. */
    record Polite(String text) implements Incoming {
    }

    /** An event that needs no answer (menu links, location reports, template receipts). */
    record Ignored(String why) implements Incoming {
    }
}
