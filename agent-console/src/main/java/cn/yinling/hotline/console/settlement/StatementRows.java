package cn.yinling.hotline.console.settlement;

import cn.yinling.hotline.cases.policy.EntitlementUnit;
import cn.yinling.hotline.cases.settlement.PolicyTotal;
import cn.yinling.hotline.cases.settlement.Statement;
import cn.yinling.hotline.cases.settlement.StatementLine;
import cn.yinling.hotline.cases.settlement.Yuan;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A statement as the rows the page, the Excel file and the CSV file all print, worded from the bundle:
 * one model, so the three never disagree. Money as yuan with two decimals, exact.
 */
@Component
class StatementRows {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One visit, every cell as printed. */
    record Row(String date, String elder, String idNumber, String service, String minutes, String policy,
            String covered, String rate, String subsidy, String elderPays, String note) {

        public List<String> cells() {
            return List.of(date, elder, idNumber, service, minutes, policy, covered, rate, subsidy, elderPays, note);
        }
    }

    /** One policy's totals as printed. */
    record Total(String policy, String visits, String minutes, String covered, String subsidy, String elderPays) {

        public List<String> cells() {
            return List.of(policy, visits, minutes, covered, subsidy, elderPays);
        }
    }

    private final ConsoleMessages messages;

    StatementRows(ConsoleMessages messages) {
        this.messages = messages;
    }

    List<String> headers() {
        return List.of("date", "elder", "idNumber", "service", "minutes", "policy", "covered", "rate", "subsidy",
                "elderPays", "note").stream().map(k -> messages.get("settlement.col." + k)).toList();
    }

    List<String> totalHeaders() {
        return List.of("policy", "visits", "minutes", "covered", "subsidy", "elderPays").stream()
                .map(k -> messages.get("settlement.total." + k)).toList();
    }

    List<Row> rows(Statement s) {
        List<Row> rows = new ArrayList<>();
        for (StatementLine l : s.lines()) {
            rows.add(new Row(DAY.format(l.startsAt()), l.elderName(), l.idNumberMasked(), l.serviceName(),
                    String.valueOf(l.minutes()), policy(l.policyName()), covered(l.unit(), l.coveredAmount()),
                    l.ratePerHourFen() == null ? "" : messages.get("settlement.rate", Yuan.text(l.ratePerHourFen())),
                    Yuan.text(l.subsidyFen()), Yuan.text(l.elderPaysFen()),
                    l.adjustment() ? messages.get("settlement.lateNote", l.servedIn().toString()) : ""));
        }
        return rows;
    }

    List<Total> totals(Statement s) {
        List<Total> totals = new ArrayList<>();
        for (PolicyTotal t : s.totals()) {
            totals.add(new Total(policy(t.policyName()), String.valueOf(t.visits()), String.valueOf(t.minutes()),
                    t.policyCode() == null ? "" : covered(t.unit(), t.coveredAmount()), Yuan.text(t.subsidyFen()),
                    Yuan.text(t.elderPaysFen())));
        }
        totals.add(new Total(messages.get("settlement.total.all"), String.valueOf(s.lines().size()),
                String.valueOf(s.minutes()), "", Yuan.text(s.subsidyFen()), Yuan.text(s.elderPaysFen())));
        return totals;
    }

    String title(Statement s) {
        return messages.get("settlement.sheetTitle", s.providerName(), s.period().toString());
    }

    private String policy(String name) {
        return name == null ? messages.get("settlement.selfPaid") : name;
    }

    /** Covered hours (hour-based policies) or yuan (voucher policies). */
    private String covered(EntitlementUnit unit, long amount) {
        if (unit == null) {
            return "";
        }
        return unit == EntitlementUnit.MINUTES ? messages.get("settlement.coveredHours", Yuan.hours(amount))
                : messages.get("settlement.coveredYuan", Yuan.text(amount));
    }
}
