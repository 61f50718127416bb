package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the Chinese), quoted
 * fields, and cells that start like a formula made inert.
 */
@Component
public class CasesCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final ElderRepository elders;
    private final AgentRepository agents;

    CasesCsv(ConsoleMessages messages, CasesProperties properties, ElderRepository elders, AgentRepository agents) {
        this.messages = messages;
        this.properties = properties;
        this.elders = elders;
        this.agents = agents;
    }

    /**
     * The cases with names, never bare ids: the elder's name (as the record page and the settlement
     * exports show it; ID numbers and phones are not in the file) and the agent's display name.
     */
    @Transactional(readOnly = true)
    String write(List<CareCase> cases) {
        Map<Long, String> elderNames = names(elders.findAllById(ids(cases, CareCase::getElderId)), Elder::getId,
                Elder::getFullName);
        Map<Long, String> agentNames = names(agents.findAllById(ids(cases, CareCase::getAssigneeId)), Agent::getId,
                Agent::getDisplayName);
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, messages.get("csv.header").split(","));
        for (CareCase c : cases) {
            line(out, String.valueOf(c.getId()), messages.get("case.type." + c.getType()),
                    messages.get("priority." + c.priority()), messages.get("status." + c.getStatus()),
                    messages.get("channel." + c.getChannel()), c.getSubject(), time(c.getCreatedAt()), time(c.getDueAt()),
                    time(c.getClosedAt()), c.getWrapUpCode() == null ? "" : messages.get("wrapup." + c.getWrapUpCode()),
                    c.getElderId() == null ? "" : elderNames.getOrDefault(c.getElderId(), ""),
                    c.getAssigneeId() == null ? "" : agentNames.getOrDefault(c.getAssigneeId(), ""));
        }
        return out.toString();
    }

    private static Set<Long> ids(List<CareCase> cases, Function<CareCase, Long> id) {
        return cases.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<Long, String> names(List<T> found, Function<T, Long> id, Function<T, String> name) {
        return found.stream().collect(Collectors.toMap(id, name));
    }

    private String time(Instant at) {
        return at == null ? "" : at.atZone(properties.zone()).format(WHEN);
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /** One quoted CSV field, made inert if it starts like a formula; public for the settlement exports. */
    public static String cell(String raw) {
        String s = raw == null ? "" : raw;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
