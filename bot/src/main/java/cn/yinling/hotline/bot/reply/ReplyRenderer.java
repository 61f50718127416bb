package cn.yinling.hotline.bot.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reply model in two renderings: chat shows the full text with "回复1：…" lines; voice says
 * the short speech with "…请按1", always ending with how to reach a person and how to hear it again.
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
        // Labels are written for screens ("3月3日(周二)"); callers hear them in words.
        reply.options().forEach(o -> sb.append(msg.text("render.voice.option", SpokenChinese.read(o.label()), o.key())));
        if (!reply.options().isEmpty()) {
            sb.append(msg.text("render.voice.always"));
        }
        return sb.toString();
    }
}
