package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.dashboard.Dashboard.AgentLine;
import cn.yinling.hotline.console.dashboard.Dashboard.Overdue;
import cn.yinling.hotline.console.dashboard.Dashboard.TypeCount;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes the supervisor's dashboard from the case database. */
@Component
class Dashboards {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final CaseReport report;
    private final AgentRepository agents;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    Dashboards(CaseReport report, AgentRepository agents, ConsoleMessages messages, CasesProperties properties,
            Clock clock) {
        this.report = report;
        this.agents = agents;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Dashboard of(DateRange range) {
        Instant now = clock.instant();
        List<CareCase> complaints = report.openComplaints();
        List<Overdue> overdue = complaints.stream().filter(c -> c.isOverdue(now))
                .map(c -> new Overdue(c.getId(), c.getSubject(), c.getDueAt().atZone(properties.zone()).format(WHEN)))
                .toList();
        List<CareCase> opened = report.openedBetween(range.start(properties.zone()), range.endExclusive(properties.zone()));
        Map<CaseType, Long> counts = opened.stream().collect(Collectors.groupingBy(CareCase::getType, Collectors.counting()));
        List<TypeCount> byType = Arrays.stream(CaseType.values())
                .map(t -> new TypeCount(messages.get("case.type." + t), counts.getOrDefault(t, 0L),
                        percent(counts.getOrDefault(t, 0L), opened.size())))
                .toList();
        long[] talk = report.conversationsBetween(range.start(properties.zone()), range.endExclusive(properties.zone()));
        List<AgentLine> team = agents.findAll().stream()
                .map(a -> new AgentLine(a.getDisplayName(), messages.get("role." + a.getRole()),
                        messages.get("state." + a.getState())))
                .toList();
        return new Dashboard(range, complaints.size(), overdue.size(), overdue, byType, opened.size(), talk[0], talk[1],
                percent(talk[1], talk[0] + talk[1]), team);
    }

    @Transactional(readOnly = true)
    List<CareCase> casesIn(DateRange range) {
        return report.openedBetween(range.start(properties.zone()), range.endExclusive(properties.zone()));
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }

}
