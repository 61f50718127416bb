package cn.yinling.hotline.console.casesearch;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 案件查询 for every signed-in account, and the agent's own lists one click away (我的处理中,
 * 我的已结案: {@code ?view=mine-open|mine-closed}). A refused search answers 400 with the filters as
 * typed and what to fix.
 */
@Controller
class CaseSearchController {

    private final CaseFinder finder;
    private final SignedInAgent signedIn;
    private final AgentRepository agents;

    CaseSearchController(CaseFinder finder, SignedInAgent signedIn, AgentRepository agents) {
        this.finder = finder;
        this.signedIn = signedIn;
        this.agents = agents;
    }

    @GetMapping("/console/cases")
    String search(CaseFilters filters, @RequestParam(defaultValue = "0") String page, Principal principal, Model model,
            HttpServletResponse response) {
        Agent me = signedIn.of(principal);
        CaseFinder.Result result = finder.find(filters, pageNumber(page), me);
        if (!result.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("f", filters);
        model.addAttribute("result", result);
        model.addAttribute("titleKey", filters.mineOpen() ? "search.title.mineOpen"
                : filters.mineClosed() ? "search.title.mineClosed" : "search.title");
        model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
        model.addAttribute("types", Arrays.asList(CaseType.values()));
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("agents", agents.findAll().stream().sorted(Comparator.comparing(Agent::getDisplayName)).toList());
        model.addAttribute("previous", result.page() > 0 ? link(filters, result.page() - 1) : null);
        model.addAttribute("next", result.page() + 1 < result.pages() ? link(filters, result.page() + 1) : null);
        return "console/cases";
    }

    /** The same search on another page: only the filters that were filled in. */
    static String link(CaseFilters f, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/console/cases");
        add(b, "id", f.id());
        add(b, "elder", f.elder());
        add(b, "phone", f.phone());
        add(b, "status", f.status());
        add(b, "type", f.type());
        add(b, "agent", f.agent());
        add(b, "channel", f.channel());
        add(b, "from", f.from());
        add(b, "to", f.to());
        add(b, "view", f.view());
        return b.queryParam("page", page).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }

    private static int pageNumber(String typed) {
        return typed != null && typed.matches("[0-9]{1,6}") ? Integer.parseInt(typed) : 0;
    }
}
