package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.console.dashboard.FigureQueries.ComplaintRow;
import java.time.Instant;
import java.util.List;

/**
 * Complaints received in the range against their due time: still open (of which overdue now), and
 * closed on time or late.
 */
record ComplaintFigures(long received, long open, long overdue, long closedOnTime, long closedLate) {

    static ComplaintFigures of(List<ComplaintRow> complaints, Instant now) {
        long open = 0;
        long overdue = 0;
        long onTime = 0;
        long late = 0;
        for (ComplaintRow c : complaints) {
            if (c.closedAt() == null) {
                open++;
                if (now.isAfter(c.dueAt())) {
                    overdue++;
                }
            } else if (c.closedAt().isAfter(c.dueAt())) {
                late++;
            } else {
                onTime++;
            }
        }
        return new ComplaintFigures(complaints.size(), open, overdue, onTime, late);
    }
}
