package cn.yinling.hotline.console.casesearch;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseSearch;
import cn.yinling.hotline.cases.casework.CaseSearches;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.MaskedName;
import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * Turns the typed filters into a {@link CaseSearch} (or the problems with them, in Chinese), runs
 * it a page at a time and words the rows: the elder's name and every number masked, so a search by
 * the last four digits cannot be used to read who has which number. A search naming someone (by
 * name or number) goes to the audit trail, as the directory's do.
 */
@Service
class CaseFinder {

    static final int PAGE_SIZE = 20;
    static final int LONGEST_NAME = 50;

    /** What a search found, or why it was not run. */
    record Result(List<CaseRow> rows, long total, int page, int pages, List<String> problems) {

        static Result refused(List<String> problems) {
            return new Result(List.of(), 0, 0, 0, problems);
        }
    }

    private final CaseSearches searches;
    private final ElderRepository elders;
    private final AgentRepository agents;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    CaseFinder(CaseSearches searches, ElderRepository elders, AgentRepository agents, ConsoleAudit audit,
            ConsoleMessages messages, CasesProperties properties, Clock clock) {
        this.searches = searches;
        this.elders = elders;
        this.agents = agents;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    Result find(CaseFilters f, int page, Agent me) {
        List<String> problems = new ArrayList<>();
        CaseSearch search = search(f, me, problems);
        if (search == null) {
            return Result.refused(problems);
        }
        Page<CareCase> found = searches.find(search, Math.max(page, 0), PAGE_SIZE);
        if (search.namesSomeone()) {
            audit.record(me.getUsername(), Action.VIEW, null, "caseSearch", describe(search), found.getTotalElements());
        }
        return new Result(rows(found.getContent()), found.getTotalElements(), found.getNumber(),
                Math.max(found.getTotalPages(), 1), List.of());
    }

    /** The search the filters ask for; null, with {@code problems} filled, when any is not understood. */
    CaseSearch search(CaseFilters f, Agent me, List<String> problems) {
        Long id = number(f.id(), "search.invalid.caseId", problems);
        String name = nfkc(f.elder()).replaceAll("\\s+", "");
        if (name.length() > LONGEST_NAME) {
            problems.add(messages.get("search.invalid.elder", LONGEST_NAME));
        }
        String phone = phone(f.phone(), problems);
        Set<CaseStatus> statuses = statuses(f, problems);
        CaseType type = choice(f.type(), CaseType.class, problems);
        Channel channel = choice(f.channel(), Channel.class, problems);
        Long agent = f.mineOpen() || f.mineClosed() ? me.getId() : number(f.agent(), "search.invalid.choice", problems);
        LocalDate from = day(f.from(), problems);
        LocalDate to = day(f.to(), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(messages.get("search.invalid.range"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CaseSearch(id, name.isEmpty() ? null : name, phone, statuses, type, agent, channel,
                from == null ? null : from.atStartOfDay(properties.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(properties.zone()).toInstant());
    }

    private Set<CaseStatus> statuses(CaseFilters f, List<String> problems) {
        if (f.mineOpen()) {
            return CaseSearch.OPEN;
        }
        if (f.mineClosed()) {
            return CaseSearch.DONE;
        }
        String s = CaseFilters.blankToEmpty(f.status());
        if (s.equals("open")) {
            return CaseSearch.OPEN;
        }
        if (s.equals("done")) {
            return CaseSearch.DONE;
        }
        CaseStatus one = choice(s, CaseStatus.class, problems);
        return one == null ? Set.of() : Set.of(one);
    }

    /** Four digits: the last four of a number; anything else must be a whole number in any usual spelling. */
    private String phone(String typed, List<String> problems) {
        String s = nfkc(typed).replaceAll("[\\s\\-()（）]", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("[0-9]{4}")) {
            return s;
        }
        try {
            return PhoneNumber.parse(s, properties.defaultAreaCode()).digits();
        } catch (InvalidPhoneNumberException e) {
            problems.add(messages.get("search.invalid.phone"));
            return null;
        }
    }

    private Long number(String typed, String problemKey, List<String> problems) {
        String s = nfkc(typed);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("#")) {
            s = s.substring(1);
        }
        if (!s.matches("[0-9]{1,18}")) {
            problems.add(messages.get(problemKey));
            return null;
        }
        return Long.valueOf(s);
    }

    private <E extends Enum<E>> E choice(String typed, Class<E> type, List<String> problems) {
        String s = CaseFilters.blankToEmpty(typed);
        if (s.isEmpty()) {
            return null;
        }
        E found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(s)).findFirst().orElse(null);
        if (found == null) {
            String problem = messages.get("search.invalid.choice");
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return found;
    }

    private LocalDate day(String typed, List<String> problems) {
        String s = nfkc(typed);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            String problem = messages.get("search.invalid.date");
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
            return null;
        }
    }

    /** Full-width digits and letters (１３９…) as plain ones, as the directory reads them. */
    private static String nfkc(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }

    /** What the audit entry says was looked for: the name as typed, numbers masked. */
    private String describe(CaseSearch s) {
        List<String> parts = new ArrayList<>();
        if (s.elderName() != null) {
            parts.add(messages.get("audit.caseSearch.name", s.elderName()));
        }
        if (s.phone() != null) {
            parts.add(s.byLastFour() ? messages.get("audit.caseSearch.lastFour", s.phone())
                    : messages.get("audit.caseSearch.phone", MaskedPhone.of(s.phone())));
        }
        return String.join("，", parts);
    }

    private List<CaseRow> rows(List<CareCase> found) {
        Map<Long, String> names = byId(elders.findAllById(found.stream().map(CareCase::getElderId)
                .filter(Objects::nonNull).collect(Collectors.toSet())), Elder::getId, Elder::getFullName);
        Map<Long, String> agentNames = byId(agents.findAllById(found.stream().map(CareCase::getAssigneeId)
                .filter(Objects::nonNull).collect(Collectors.toSet())), Agent::getId, Agent::getDisplayName);
        ShortDateTime when = new ShortDateTime(clock, properties.zone());
        return found.stream().map(c -> new CaseRow(c.getId(), messages.get("case.type." + c.getType()),
                messages.get("status." + c.getStatus()), c.getStatus().isOpen(), who(c, names),
                channel(c), c.getAssigneeId() == null ? "" : agentNames.getOrDefault(c.getAssigneeId(), "#" + c.getAssigneeId()),
                when.format(c.getCreatedAt()), c.getSubject())).toList();
    }

    private String who(CareCase c, Map<Long, String> names) {
        if (c.getElderId() != null) {
            return MaskedName.of(names.get(c.getElderId()));
        }
        if (c.getCallerPhone() != null) {
            return messages.get("search.unregistered") + " " + MaskedPhone.of(c.getCallerPhone());
        }
        return messages.get("search.noElder");
    }

    private String channel(CareCase c) {
        String channel = messages.get("channel." + c.getChannel());
        return c.getContactWay() == null ? channel : channel + "（" + messages.get("way." + c.getContactWay()) + "）";
    }

    private static <T> Map<Long, String> byId(List<T> all, Function<T, Long> id, Function<T, String> name) {
        Map<Long, String> out = new HashMap<>();
        all.forEach(t -> out.put(id.apply(t), name.apply(t)));
        return out;
    }
}
