package cn.yinling.hotline.console.replies;

import java.util.List;

/**
 * A canned reply ready for one case's reply box: {@code text} with every variable the case knows
 * filled in; {@code missing} names those it does not (left in braces for the agent to replace).
 */
public record InsertableReply(String shortcut, String title, String text, List<String> missing) {
}
