package cn.yinling.hotline.console.application;

import java.time.LocalDate;

/** One application as lists show it: no phone or address, only who and what and where it stands. */
public record ApplicationLine(long id, long elderId, String elderName, String community, String policyName, String state,
        String stateLabel, LocalDate since, LocalDate dueOn, boolean overdue) {
}
