package cn.yinling.hotline.bot.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reply model in two renderings: chat shows the full text with "回复1：…" lines; voice says
 * the short speech with "…按1", every menu ending with the keys that work everywhere on the phone:
 * 0 for a person, 9 for emergency help ({@code *} repeats too, unannounced: saying it in every menu
 * would cost the seconds the menus do not have; a caller who says nothing hears the menu again).
 */
public final class ReplyRenderer {

    private final Messages msg = new Messages();

    public String forChat(Reply reply) {
        List<String> out = new ArrayList<>();
        reply.lines().forEach(l -> out.add(l.text()));
        reply.options().forEach(o -> out.add(msg.text("render.chat.option", o.key(), o.label())));
        return String.join("\n", out);
    }

    public String forVoice(Reply reply) {
        StringBuilder sb = new StringBuilder();
        reply.lines().forEach(l -> sb.append(l.speech()));
        // Labels are written for screens ("3月3日(周二)"); callers hear them in words, or a shorter spoken label.
        reply.options().forEach(o -> sb.append(msg.text("render.voice.choice",
                o.speech() != null ? o.speech() : SpokenChinese.read(o.label()), o.key())));
        if (!reply.options().isEmpty()) {
            sb.append(msg.text("render.voice.keys"));
        }
        return sb.toString();
    }
}
