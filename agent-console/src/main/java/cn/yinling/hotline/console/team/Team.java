package cn.yinling.hotline.console.team;

import java.util.List;

/**
 * What the supervisor's team page shows: every active account with its state and the open cases
 * it holds, and the open cases nobody holds yet.
 */
record Team(List<Member> members, List<OpenCase> waiting) {

    /** Who can take a case first: available, then busy, away, offline (the reassignment lists' order). */
    public List<Member> byAvailability() {
        return members.stream().sorted(java.util.Comparator.comparingInt(Member::availability)).toList();
    }

    /**
     * {@code inState}: how long the agent has been in that state, in words ("—" when no change was
     * recorded); {@code availability}: the order of the agent's own state (available first).
     */
    record Member(long id, String name, String roleLabel, String state, String stateLabel, List<OpenCase> cases,
            String inState, int availability) {
    }

    record OpenCase(long id, String typeLabel, String priorityLabel, String subject, boolean overdue,
            cn.yinling.hotline.console.sla.SlaReading sla) {
    }
}
