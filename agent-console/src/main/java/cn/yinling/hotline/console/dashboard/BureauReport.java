package cn.yinling.hotline.console.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * The civil-affairs bureau's monthly report (民政局月报): the month's served visits as the providers'
 * statements settle them (elders served by category and policy, hours and yuan, visits by service,
 * satisfaction), and what the hotline saw in the month (complaints and their outcomes, emergencies,
 * visits proven at the door, daily check-in calls). Money in fen.
 */
record BureauReport(YearMonth month, List<PolicyLine> policies, PolicyLine total, List<ServiceLine> services,
        long[] ratings, Satisfaction satisfaction, List<Count> complaintOutcomes, long complaints,
        EmergencyFigures emergencies, List<Count> doorProofs, CheckinFigures checkins,
        BarChart visitsChart, BarChart eldersChart, BarChart ratingsChart) {

    /** Elders served, visits, minutes and money under one policy (or the self-paid visits). */
    record PolicyLine(String category, String policy, long elders, long visits, long minutes, long subsidyFen,
            long elderPaysFen) {
    }

    record ServiceLine(String service, long visits, long minutes) {
    }

    record Count(String label, long count) {
    }
}
