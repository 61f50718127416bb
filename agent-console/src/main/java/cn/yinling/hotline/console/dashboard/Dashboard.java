package cn.yinling.hotline.console.dashboard;

import java.util.List;

/** The supervisor's figures for one date range. */
record Dashboard(DateRange range, long openComplaints, long overdueComplaints, List<Overdue> overdue,
        List<TypeCount> byType, long total, long byPerson, long byBot, int botShare, List<AgentLine> agents) {

    record TypeCount(String typeLabel, long count, int percent) {
    }

    record Overdue(long id, String subject, String dueAt) {
    }

    record AgentLine(String name, String roleLabel, String stateLabel) {
    }
}
