/**
 * Rule-based slot extraction for the hotline NLU, pure Java and thread-safe.
 *
 * <p>{@link cn.yinling.hotline.bot.nlu.slots.RuleSlotExtractor} combines one small extractor per slot:
 * {@link cn.yinling.hotline.bot.nlu.slots.ChineseDateExtractor} (date phrase and day, against the clock),
 * {@link cn.yinling.hotline.bot.nlu.slots.ChineseTimeExtractor} (time phrase and range),
 * {@link cn.yinling.hotline.bot.nlu.slots.ServiceExtractor} (catalog code, from the service catalog YAML),
 * {@link cn.yinling.hotline.bot.nlu.slots.ComplaintTypeExtractor} and
 * {@link cn.yinling.hotline.bot.nlu.slots.RatingExtractor}. Text is normalised char for char
 * ({@link cn.yinling.hotline.bot.nlu.slots.CharNormalizer}) so that date and time phrases are always
 * the literal substring as typed or recognised. When a date or time is named more than once,
 * {@link cn.yinling.hotline.bot.nlu.slots.MentionSelector} picks the one meant (the new target of a move,
 * the correction after 不是, the booked time in a complaint).
 */
package cn.yinling.hotline.bot.nlu.slots;
