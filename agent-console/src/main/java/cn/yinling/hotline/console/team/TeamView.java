package cn.yinling.hotline.console.team;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.Clock;
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
    private final Clock clock;

    TeamView(AgentRepository agents, Cases cases, ConsoleMessages messages, Clock clock) {
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
        List<Team.Member> members = agents.findAll().stream().filter(Agent::isActive)
                .sorted(Comparator.comparing(Agent::getRole).thenComparing(Agent::getDisplayName))
                .map(a -> new Team.Member(a.getId(), a.getDisplayName(), messages.get("role." + a.getRole()),
                        a.getState().name(), messages.get("state." + a.getState()), held.getOrDefault(a.getId(), List.of())))
                .toList();
        List<Team.OpenCase> waiting = open.stream().filter(c -> c.getAssigneeId() == null).map(c -> openCase(c, now)).toList();
        return new Team(members, waiting);
    }

    private Team.OpenCase openCase(CareCase c, Instant now) {
        return new Team.OpenCase(c.getId(), messages.get("case.type." + c.getType()), messages.get("priority." + c.priority()),
                c.getSubject(), c.isOverdue(now));
    }
}
