package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.dashboard.Dashboard.AgentLine;
import cn.yinling.hotline.console.dashboard.Dashboard.Overdue;
import cn.yinling.hotline.console.dashboard.Dashboard.TypeCount;
import cn.yinling.hotline.console.dashboard.FigureQueries.ConversationRow;
import cn.yinling.hotline.console.dashboard.FigureQueries.HandedOverChatRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes the supervisor's dashboard from the case database. */
@Component
class Dashboards {

    /** Intents beyond this many are summed into one "other" bar, so the chart stays readable. */
    static final int INTENT_BARS = 8;

    /** The channels whose conversations are chats. */
    private static final Set<String> CHATS = Set.of(Channel.WECHAT.name(), Channel.WEB.name());

    private final CaseReport report;
    private final FigureQueries figures;
    private final QueueCalls queueCalls;
    private final AgentRepository agents;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final DashboardProperties dashboard;
    private final Clock clock;

    Dashboards(CaseReport report, FigureQueries figures, QueueCalls queueCalls, AgentRepository agents, ConsoleMessages messages,
            CasesProperties properties, DashboardProperties dashboard, Clock clock) {
        this.report = report;
        this.figures = figures;
        this.queueCalls = queueCalls;
        this.agents = agents;
        this.messages = messages;
        this.properties = properties;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Dashboard of(DateRange range) {
        Instant now = clock.instant();
        ZoneId zone = properties.zone();
        Instant from = range.start(zone);
        Instant to = range.endExclusive(zone);
        List<CareCase> complaints = report.openComplaints();
        List<Overdue> overdue = complaints.stream().filter(c -> c.isOverdue(now))
                .map(c -> new Overdue(c.getId(), c.getSubject(), new ShortDateTime(clock, zone).format(c.getDueAt())))
                .toList();
        List<CareCase> opened = report.openedBetween(from, to);
        Map<CaseType, Long> counts = opened.stream().collect(Collectors.groupingBy(CareCase::getType, Collectors.counting()));
        List<TypeCount> byType = Arrays.stream(CaseType.values())
                .map(t -> new TypeCount(messages.get("case.type." + t), counts.getOrDefault(t, 0L),
                        Percent.of(counts.getOrDefault(t, 0L), opened.size())))
                .toList();
        List<ConversationRow> conversations = figures.conversations(from, to);
        Handling handling = Handling.of(conversations);
        List<AgentLine> team = agents.findAll().stream()
                .map(a -> new AgentLine(a.getDisplayName(), messages.get("role." + a.getRole()),
                        messages.get("state." + a.getState())))
                .toList();
        long[] ratings = figures.ratings(from, to);
        return new Dashboard(range, complaints.size(), overdue.size(), overdue, byType, opened.size(), team,
                hourly(conversations, figures.callsWithoutConversation(from, to), zone), handling, intents(from, to),
                WaitFigures.of(queueCalls.answerTimes(from, to).overall()), chatWait(figures.handedOverChats(from, to)),
                ComplaintFigures.of(figures.complaints(from, to), now),
                Satisfaction.of(ratings[0], ratings[1], dashboard.satisfactionTarget()),
                CheckinFigures.of(figures.checkins(range.from(), range.to())),
                EmergencyFigures.of(figures.emergencies(from, to), now));
    }

    @Transactional(readOnly = true)
    List<CareCase> casesIn(DateRange range) {
        return report.openedBetween(range.start(properties.zone()), range.endExclusive(properties.zone()));
    }

    /**
     * WeChat and web conversations are chats; every other conversation (the voice hotline, an agent's
     * call from the console) is a call, and so is a phone case no conversation stands for.
     */
    private static HourlyChart hourly(List<ConversationRow> conversations, List<Instant> otherCalls, ZoneId zone) {
        long[] calls = new long[24];
        long[] chats = new long[24];
        for (ConversationRow c : conversations) {
            int hour = c.startedAt().atZone(zone).getHour();
            if (CHATS.contains(c.channel())) {
                chats[hour]++;
            } else {
                calls[hour]++;
            }
        }
        otherCalls.forEach(at -> calls[at.atZone(zone).getHour()]++);
        return HourlyChart.of(calls, chats);
    }

    private BarChart intents(Instant from, Instant to) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long other = 0;
        for (Map.Entry<String, Long> e : figures.intents(from, to).entrySet()) {
            if (labels.size() < INTENT_BARS) {
                labels.add(messages.getOr("intent." + e.getKey(), e.getKey()));
                counts.add(e.getValue());
            } else {
                other += e.getValue();
            }
        }
        if (other > 0) {
            labels.add(messages.get("dash.intents.other"));
            counts.add(other);
        }
        return BarChart.of(labels, counts);
    }

    /** A chat's wait runs from the hand-over to the first claim; one still unclaimed and open is not decided yet. */
    private static WaitFigures chatWait(List<HandedOverChatRow> chats) {
        List<Long> answered = new ArrayList<>();
        long decided = 0;
        for (HandedOverChatRow c : chats) {
            if (c.claimedAt() != null) {
                decided++;
                answered.add(Math.max(0, Duration.between(c.handedOverAt(), c.claimedAt()).toSeconds()));
            } else if (!c.open()) {
                decided++;
            }
        }
        return WaitFigures.of(answered, decided);
    }
}
