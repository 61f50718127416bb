package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.bot.reply.Option;
import java.util.List;
import java.util.Map;

/**
 * The one short question asked on a weak danger cue ("您是说现在有危险吗？"), waiting for its answer:
 * what was said and recognised (for the case, should the answer be yes), and the question it
 * interrupted, to go back to on a no. Part of the session's JSON, hence public.
 *
 * @param said          the caller's words that raised the question
 * @param recognised    what the detector recognised in them, as agents read it
 * @param optionValues  the interrupted question's options (key → value)
 * @param lines         the interrupted question's lines (kept on the phone only, as for *)
 * @param options       the interrupted question's options as shown
 */
public record DangerQuestion(String said, String recognised, Map<String, String> optionValues, List<Line> lines,
        List<Option> options) {

    /** A question stored by an older version (or without options to return to) has none, not null. */
    public DangerQuestion {
        optionValues = optionValues == null ? Map.of() : optionValues;
        lines = lines == null ? List.of() : lines;
        options = options == null ? List.of() : options;
    }
}
