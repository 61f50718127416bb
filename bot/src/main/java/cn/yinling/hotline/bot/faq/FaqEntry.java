package cn.yinling.hotline.bot.faq;

import java.util.List;

/** One policy question: the words that point to it and the answer. */
public record FaqEntry(String id, List<String> keywords, String answer) {
}
