package cn.yinling.hotline.console.application;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.application.ApplicationState;
import cn.yinling.hotline.cases.application.ReviewerRole;
import cn.yinling.hotline.cases.application.VoucherApplication;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.console.ConsoleMessages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns applications into the lines the console shows. */
@Component
public class ApplicationDesk {

    private final VoucherApplications applications;
    private final Elders elders;
    private final ConsoleMessages messages;

    ApplicationDesk(VoucherApplications applications, Elders elders, ConsoleMessages messages) {
        this.applications = applications;
        this.elders = elders;
        this.messages = messages;
    }

    /** The open applications by step, in workflow order, oldest first within a step. */
    Map<ApplicationState, List<ApplicationLine>> open() {
        Map<ApplicationState, List<ApplicationLine>> byState = new LinkedHashMap<>();
        for (ApplicationState s : ApplicationState.values()) {
            if (!s.isFinal()) {
                byState.put(s, lines(applications.inState(s)));
            }
        }
        return byState;
    }

    List<ApplicationLine> inState(ApplicationState state) {
        return lines(applications.inState(state));
    }

    /** An elder's applications, newest first, for the section on the record page. */
    public List<ApplicationLine> ofElder(long elderId) {
        return lines(applications.ofElder(new ElderId(elderId)));
    }

    /** The policies one may apply for, by code, with their names. */
    public Map<String, String> policies() {
        return applications.policyNames();
    }

    ApplicationLine line(VoucherApplication a) {
        Elder e = elders.get(new ElderId(a.getElderId()));
        return new ApplicationLine(a.getId(), a.getElderId(), e.getFullName(), e.getCommunity(),
                applications.policyNames().getOrDefault(a.getPolicyCode(), a.getPolicyCode()), a.getState().name(),
                messages.get("application.state." + a.getState().name()), a.getStateSince(), applications.dueOn(a),
                applications.overdue(a));
    }

    static ReviewerRole roleOf(Agent agent) {
        return Arrays.stream(ReviewerRole.values()).filter(r -> r.name().equals(agent.getRole().name())).findFirst()
                .orElseThrow();
    }

    private List<ApplicationLine> lines(List<VoucherApplication> list) {
        return list.stream().map(this::line).toList();
    }
}
