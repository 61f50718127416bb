package cn.yinling.hotline.bot.nlu.slots;

import cn.yinling.hotline.bot.nlu.DateSlot;
import cn.yinling.hotline.bot.nlu.SlotExtractor;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.nlu.TimeSlot;
import java.time.Clock;

/**
 * The rule-based {@link SlotExtractor}: runs the five extractors on one utterance and reconciles
 * them with what the whole utterance says.
 * <ul>
 * <li>A rating wins over a complaint kind: "4星，就是来得有点晚" is a score with a mild remark.</li>
 * <li>Only a complaint is about a service in the past, so dates said as past (昨天, 上周六) and
 * dates/times that only say when something was booked ("我昨天约的陪诊是哪天") are kept only when
 * there is a grievance.</li>
 * <li>Month-level hints (下个月, 月底) are dropped when the caller talks about balances or rules
 * ("没用完的小时下个月还能用吗"): they are not a service date.</li>
 * <li>A date or time is kept only when the utterance is about an appointment ({@link AppointmentTalk}):
 * "我今天早上摔倒了", "晚上睡不着", "明天天气咋样" carry none. Nor does a complaint about the hotline
 * itself ("你们这热线晚上根本没人管"): there is no booked time.</li>
 * </ul>
 * Full-width characters and common traditional characters are normalised once per utterance
 * ({@link CharNormalizer}) and every extractor matches on that; phrases are cut from the text as
 * typed. Text spaced one character at a time is read joined ({@link SpacedCharacters}). Never
 * throws on odd input (empty, emoji only, very long). Thread-safe: holds only immutable extractors.
 */
public final class RuleSlotExtractor implements SlotExtractor {

    private static final CueSet BALANCE_OR_POLICY_TALK = CueSet.compile(
            "补贴|余额|鱼额|券|小时数|钟点|钟头|清零|结转|累计|没用完|用完|用了|到账|过期|剩多少|还剩|收费|多少钱|政策|申请");

    private final ChineseDateExtractor dates;
    private final ChineseTimeExtractor times;
    private final ServiceExtractor services;
    private final ComplaintTypeExtractor complaints;
    private final RatingExtractor ratings;

    /** With the service catalog from the classpath. */
    public RuleSlotExtractor() {
        this(new ServiceExtractor());
    }

    public RuleSlotExtractor(ServiceExtractor services) {
        this(new ChineseDateExtractor(), new ChineseTimeExtractor(), services, new ComplaintTypeExtractor(),
                new RatingExtractor());
    }

    public RuleSlotExtractor(ChineseDateExtractor dates, ChineseTimeExtractor times, ServiceExtractor services,
            ComplaintTypeExtractor complaints, RatingExtractor ratings) {
        this.dates = dates;
        this.times = times;
        this.services = services;
        this.complaints = complaints;
        this.ratings = ratings;
    }

    @Override
    public Slots extract(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return Slots.NONE;
        }
        int[] kept = SpacedCharacters.keptIndexes(text);
        if (kept != null) {
            return asTyped(extractJoined(SpacedCharacters.join(text), clock), text, kept);
        }
        return extractJoined(text, clock);
    }

    /** Slots found in the joined text, their phrases cut from the text as typed ("明 天"). */
    private static Slots asTyped(Slots s, String typed, int[] kept) {
        DateSlot date = s.date() == null ? null
                : new DateSlot(phraseAsTyped(s.date().phrase(), typed, kept), s.date().date());
        TimeSlot time = s.time() == null ? null
                : new TimeSlot(phraseAsTyped(s.time().phrase(), typed, kept), s.time().start(), s.time().end());
        return new Slots(s.service(), date, time, s.complaintType(), s.rating());
    }

    private static String phraseAsTyped(String phrase, String typed, int[] kept) {
        StringBuilder joined = new StringBuilder(kept.length);
        for (int i : kept) {
            joined.append(typed.charAt(i));
        }
        int at = joined.indexOf(phrase);
        return at < 0 || phrase.isEmpty() ? phrase : typed.substring(kept[at], kept[at + phrase.length() - 1] + 1);
    }

    private Slots extractJoined(String text, Clock clock) {
        String normalized = CharNormalizer.normalize(text); // once for all the extractors
        Integer rating = ratings.extractNormalized(normalized).orElse(null);
        String complaintType = rating == null ? complaints.extractNormalized(normalized).orElse(null) : null;
        boolean grievance = complaintType != null;
        boolean balanceTalk = BALANCE_OR_POLICY_TALK.foundIn(normalized);
        SelectionPolicy policy = new SelectionPolicy(grievance, grievance, !balanceTalk);
        String service = services.extractNormalized(normalized).orElse(null);
        DateSlot date = null;
        TimeSlot time = null;
        boolean aboutTheHotlineOnly = "hotline".equals(complaintType) && service == null;
        if (!aboutTheHotlineOnly) {
            date = dates.extract(text, normalized, clock, policy).orElse(null);
            time = times.extract(text, normalized, policy).orElse(null);
            if (!AppointmentTalk.isAbout(text, normalized, service != null || grievance, date, time)) {
                date = null;
                time = null;
            }
        }
        return new Slots(service, date, time, complaintType, rating);
    }
}
