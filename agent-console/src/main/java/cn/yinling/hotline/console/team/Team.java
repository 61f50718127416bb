package cn.yinling.hotline.console.team;

import java.util.List;

/**
 * What the supervisor's team page shows: every active account with its state and the open cases
 * it holds, and the open cases nobody holds yet.
 */
record Team(List<Member> members, List<OpenCase> waiting) {

    /** {@code inState}: how long the agent has been in that state, in words ("—" when no change was recorded). */
    record Member(long id, String name, String roleLabel, String state, String stateLabel, List<OpenCase> cases,
            String inState) {
    }

    record OpenCase(long id, String typeLabel, String priorityLabel, String subject, boolean overdue) {
    }
}
