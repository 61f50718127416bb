package cn.yinling.hotline.console.team;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.presence.Presence;
import cn.yinling.hotline.console.sla.SlaClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the team from the agent table and the open cases, labelled in Chinese. */
@Component
class TeamView {

    private final AgentRepository agents;
    private final Cases cases;
    private final ConsoleMessages messages;
    private final Presence presence;
    private final Clock clock;
    private final SlaClock sla;

    TeamView(AgentRepository agents, Cases cases, ConsoleMessages messages, Presence presence, Clock clock, SlaClock sla) {
        this.sla = sla;
        this.presence = presence;
        this.agents = agents;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Team team() {
        Instant now = clock.instant();
        List<CareCase> open = cases.queue();
        Map<Long, List<Team.OpenCase>> held = open.stream().filter(c -> c.getAssigneeId() != null)
                .collect(Collectors.groupingBy(CareCase::getAssigneeId,
                        Collectors.mapping(c -> openCase(c, now), Collectors.toList())));
        Map<String, Presence.Change> changes = presence.lastChanges();
        List<Team.Member> members = agents.findAll().stream().filter(Agent::isActive)
                .sorted(Comparator.comparing(Agent::getRole).thenComparing(Agent::getDisplayName))
                .map(a -> member(a, held.getOrDefault(a.getId(), List.of()), changes.get(a.getUsername()), now))
                .toList();
        List<Team.OpenCase> waiting = open.stream().filter(c -> c.getAssigneeId() == null).map(c -> openCase(c, now)).toList();
        return new Team(members, waiting);
    }

    /**
     * An agent who says 空闲 while holding open cases is working on them: shown as 处理中 with how many.
     * The recorded state stays the agent's own choice.
     */
    private Team.Member member(Agent a, List<Team.OpenCase> cases, Presence.Change change, Instant now) {
        boolean holding = a.getState() == AgentState.AVAILABLE && !cases.isEmpty();
        String state = holding ? "HOLDING" : a.getState().name();
        String label = holding ? messages.get("state.HOLDING", cases.size()) : messages.get("state." + a.getState());
        return new Team.Member(a.getId(), a.getDisplayName(), messages.get("role." + a.getRole()), state, label, cases,
                inState(change, a.getState().name(), now), availability(a.getState()));
    }

    /** Who can take a case first: available, finishing after-call work, on a call, busy, away, offline. */
    private static int availability(AgentState state) {
        return switch (state) {
            case AVAILABLE -> 0;
            case WRAP_UP -> 1;
            case ENGAGED -> 2;
            case BUSY -> 3;
            case AWAY -> 4;
            case OFFLINE -> 5;
        };
    }

    /** Time since the last recorded change, if that change led to the state the agent is in now. */
    private String inState(Presence.Change change, String state, Instant now) {
        if (change == null || !change.state().equals(state) || change.at().isAfter(now)) {
            return messages.get("team.inState.unknown");
        }
        long minutes = Duration.between(change.at(), now).toMinutes();
        return minutes < 60 ? messages.get("team.inState.minutes", minutes)
                : messages.get("team.inState.hours", minutes / 60, minutes % 60);
    }

    private Team.OpenCase openCase(CareCase c, Instant now) {
        return new Team.OpenCase(c.getId(), messages.get("case.type." + c.getType()), messages.get("priority." + c.priority()),
                c.getSubject(), c.isOverdue(now), sla.read(c));
    }
}
