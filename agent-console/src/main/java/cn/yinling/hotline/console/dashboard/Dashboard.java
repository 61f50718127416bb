package cn.yinling.hotline.console.dashboard;

import java.util.List;

/**
 * The supervisor's figures for one date range. Open and overdue complaints ({@code openComplaints},
 * {@code overdueComplaints}, {@code overdue}) are as of now, whatever the range; everything else
 * belongs to the range.
 */
record Dashboard(DateRange range, long openComplaints, long overdueComplaints, List<Overdue> overdue,
        List<TypeCount> byType, long total, List<AgentLine> agents,
        HourlyChart hourly, Handling handling, BarChart intents, WaitFigures callWait, WaitFigures chatWait,
        ComplaintFigures complaints, Satisfaction satisfaction, CheckinFigures checkins, EmergencyFigures emergencies) {

    record TypeCount(String typeLabel, long count, int percent) {
    }

    record Overdue(long id, String subject, String dueAt) {
    }

    record AgentLine(String name, String roleLabel, String stateLabel) {
    }
}
