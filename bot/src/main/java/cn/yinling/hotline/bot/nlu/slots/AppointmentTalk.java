package cn.yinling.hotline.bot.nlu.slots;

import cn.yinling.hotline.bot.nlu.DateSlot;
import cn.yinling.hotline.bot.nlu.TimeSlot;
import java.util.regex.Pattern;

/**
 * Decides whether an utterance talks about an appointment, so that the dates and times in it are
 * service dates and times. It does when it
 * <ul>
 * <li>names a service or a grievance;</li>
 * <li>uses a booking word: 约, 取消, 改, 换, 挪, 安排, 派, 上门, 别来 …;</li>
 * <li>is a short confirmation or correction: "对，上午十点", "不是周五，是周六";</li>
 * <li>is nothing but a date/time and filler words: "二十五号下午两点", "九点前到";</li>
 * <li>speaks of someone coming (阿姨, 师傅, 几点到, 有人来 …) without being plainly about something else:
 * an emergency, the weather, a family visit, "明天再打".</li>
 * </ul>
 * So "我今天早上摔倒了", "晚上睡不着", "明天天气咋样", "我孙子说明天要来看我" carry no date or time.
 * Stateless.
 */
final class AppointmentTalk {

    private static final CueSet BOOKING_WORDS = CueSet.compile(
            "约|预越|订|取消|改|换|挪|推到|推迟|往后推|提前|延后|调|安排|派|上门|服务|别来|别去|不用来|不用去|不要来|不要去");
    private static final CueSet SOMEONE_COMING = CueSet.compile(
            "阿姨|师傅|护工|志愿者|来不来|来吗|过来|人来|要来|来我家|来家|有人|谁来|谁去|几点|哪天|行不行|可以吗|可以不|有空"
                    + "|来了|(?<![不起回出])来$|不在家|时间|日期|那天|来吧|就来|就去|早点|晚点|早一点|晚一点|到吗|能到");
    private static final CueSet ABOUT_SOMETHING_ELSE = CueSet.compile(
            "再打|再联系|再说|再聊|回头|来看我|回来|回家|摔倒|摔了|跌倒|起不来|救命|晕|喘不|胸口|着火|冒烟|天气|比赛|足球"
                    + "|球赛|节目|电视剧|直播|开门|关门|营业|下雨|下雪|刮风|气温|冷不冷|热不热|股票|彩票|开奖|生日|结婚|考试"
                    + "|放假|新闻|航班|火车|高铁|快递");
    private static final Pattern SHORT_CORRECTION = Pattern.compile("^(不对|不是|对|是|没错|就是|错了|说错了|嗯|好|可以|行)");
    private static final Pattern FILLER = Pattern.compile(
            "[，,。.!！?？~～\\s]|吧|啊|呀|哦|呢|吗|嘛|的|都行|可以|行|之间|左右|以后|之后|以前|之前|前|后|就|能|来|到|去|过来|好|嗯|那|是");

    private AppointmentTalk() {
    }

    /**
     * @param text the utterance as said
     * @param serviceOrGrievance a service or a complaint kind was found
     * @param date the date found, or null
     * @param time the time found, or null
     */
    static boolean isAbout(String text, boolean serviceOrGrievance, DateSlot date, TimeSlot time) {
        return isAbout(text, CharNormalizer.normalize(text), serviceOrGrievance, date, time);
    }

    /** The same, with the text's {@linkplain CharNormalizer#normalize normalised} form at hand. */
    static boolean isAbout(String text, String normalized, boolean serviceOrGrievance, DateSlot date, TimeSlot time) {
        if (serviceOrGrievance) {
            return true;
        }
        String t = normalized.strip();
        return BOOKING_WORDS.foundIn(t)
                || t.length() <= 16 && SHORT_CORRECTION.matcher(t).find()
                || justADateOrTime(text, date, time)
                || SOMEONE_COMING.foundIn(t) && !ABOUT_SOMETHING_ELSE.foundIn(t);
    }

    private static boolean justADateOrTime(String text, DateSlot date, TimeSlot time) {
        if (date == null && time == null) {
            return false;
        }
        String rest = text;
        if (date != null) {
            rest = rest.replace(date.phrase(), "");
        }
        if (time != null) {
            rest = rest.replace(time.phrase(), "");
        }
        return FILLER.matcher(CharNormalizer.normalize(rest)).replaceAll("").length() <= 2;
    }
}
