package cn.yinling.hotline.console.wallboard;

import java.util.List;

/**
 * What the wall TV shows, as JSON for wallboard.js (labels in Chinese, times in epoch milliseconds).
 *
 * @param now              the server's time
 * @param waiting          cases waiting for an agent now
 * @param emergencies      of those, at emergency priority
 * @param longestSince     when the longest-waiting of them was opened; 0 when none waits
 * @param states           agents by state, each with their names
 * @param within60Percent  calls and chats answered within 60 s today, of those decided today; "—" when none
 * @param answeredToday    calls and chats answered today
 * @param decidedToday     calls and chats answered or given up today
 */
record Wallboard(long now, int waiting, int emergencies, long longestSince, List<StateLine> states, String within60Percent,
        long answeredToday, long decidedToday) {

    record StateLine(String state, String label, int count, List<String> names) {
    }
}
