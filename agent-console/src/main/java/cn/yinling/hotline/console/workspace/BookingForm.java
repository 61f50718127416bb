package cn.yinling.hotline.console.workspace;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The book-on-behalf form. No elder or agent id: the elder is the case's, the agent the signed-in one.
 * {@code requestKey} is drawn when the form is shown, so a double submit books once.
 */
record BookingForm(String serviceCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @DateTimeFormat(pattern = "HH:mm") LocalTime time, Boolean selfPay, String note, String requestKey) {

    boolean selfPayAccepted() {
        return Boolean.TRUE.equals(selfPay);
    }

    /** The first field the agent left empty, to show the problem beside it; "" when none is. */
    String missing() {
        if (serviceCode == null || serviceCode.isBlank()) {
            return "serviceCode";
        }
        return day == null ? "day" : time == null ? "time" : "";
    }

    boolean complete() {
        return serviceCode != null && !serviceCode.isBlank() && day != null && time != null && requestKey != null
                && requestKey.matches("[A-Za-z0-9-]{8,80}");
    }
}
