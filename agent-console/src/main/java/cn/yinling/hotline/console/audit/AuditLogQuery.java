package cn.yinling.hotline.console.audit;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.elder.ElderId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log page's search form as typed (every field optional), so the page shows it again as
 * it was. Each field that cannot be read has its own wording ({@code auditLog.invalid.*}).
 *
 * @param agent  username, exactly
 * @param action an {@link Action} name
 * @param elder  elder id (digits)
 * @param caseId case id (digits)
 * @param from   first day (yyyy-MM-dd, in the centre's zone)
 * @param to     last day, included
 */
record AuditLogQuery(String agent, String action, String elder, String caseId, String from, String to, Integer page) {

    static final String PATH = "/console/supervisor/audit";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** The bundle keys of the fields that cannot be read; empty when the query can run. */
    List<String> problems() {
        List<String> keys = new ArrayList<>();
        if (present(action) && Arrays.stream(Action.values()).noneMatch(a -> a.name().equals(action))) {
            keys.add("action");
        }
        if (present(elder) && !DIGITS.matcher(elder.strip()).matches()) {
            keys.add("elder");
        }
        if (present(caseId) && !DIGITS.matcher(caseId.strip()).matches()) {
            keys.add("caseId");
        }
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (present(from) && first == null || present(to) && last == null) {
            keys.add("date");
        } else if (first != null && last != null && last.isBefore(first)) {
            keys.add("dateOrder");
        }
        return keys;
    }

    /** The search, for a query without {@link #problems()}. */
    AuditSearch search(ZoneId zone) {
        LocalDate first = day(from);
        LocalDate last = day(to);
        return new AuditSearch(present(agent) ? agent.strip() : null,
                present(action) ? Action.valueOf(action) : null,
                present(elder) ? new ElderId(Long.parseLong(elder.strip())) : null,
                present(caseId) ? Long.parseLong(caseId.strip()) : null,
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The link to another page of the same search. */
    String linkTo(int otherPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(PATH);
        add(b, "agent", agent);
        add(b, "action", action);
        add(b, "elder", elder);
        add(b, "caseId", caseId);
        add(b, "from", from);
        add(b, "to", to);
        return b.queryParam("page", otherPage).encode().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (present(value)) {
            b.queryParam(name, value.strip());
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static LocalDate day(String s) {
        if (!present(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
