package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Sex;

/** How the hotline addresses an elder: surname plus 阿姨 or 大爷 (王阿姨, 李大爷). */
final class Greeting {

    private Greeting() {
    }

    static String title(Elder elder, Messages msg) {
        return msg.text(elder.getSex() == Sex.FEMALE ? "title.female" : "title.male", elder.surname());
    }
}
