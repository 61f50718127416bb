package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.console.dashboard.FigureQueries.CheckinRow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily check-ins (爱心敲门) per elder and day, by how the day ended: done (the elder pressed "I am
 * well"), escalated (the elder asked for help, so a case went to an agent), missed (no answer after
 * every retry, so a check-in alert went out), or still in progress (an attempt pending, calling, or a
 * retry due).
 */
record CheckinFigures(long checks, long done, long missed, long escalated, long inProgress) {

    static CheckinFigures of(List<CheckinRow> attempts) {
        Map<String, String> outcome = new HashMap<>();
        for (CheckinRow a : attempts) {
            outcome.merge(key(a.elderId(), a.day()), a.state(), CheckinFigures::decisive);
        }
        long done = 0;
        long missed = 0;
        long escalated = 0;
        for (String state : outcome.values()) {
            switch (state) {
                case "FINE" -> done++;
                case "NEEDS_HELP" -> escalated++;
                case "ALERTED" -> missed++;
                default -> {
                    // PENDING, CALLING, or NO_ANSWER with its retry not yet made: the day is not over
                }
            }
        }
        return new CheckinFigures(outcome.size(), done, missed, escalated, outcome.size() - done - missed - escalated);
    }

    /** A day's attempts end in at most one final state; earlier unanswered attempts do not decide it. */
    private static String decisive(String a, String b) {
        return isFinal(b) ? b : a;
    }

    private static boolean isFinal(String state) {
        return "FINE".equals(state) || "NEEDS_HELP".equals(state) || "ALERTED".equals(state);
    }

    private static String key(long elderId, LocalDate day) {
        return elderId + "@" + day;
    }
}
