package cn.yinling.hotline.console.directory;

import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches elders by name, community or phone number in any spelling ({@link Elders#search}) and
 * opens one record. Searches and views go to the audit trail under the agent's name, since both
 * show personal data.
 */
@Service
class ElderDirectory {

    static final int MOST_RESULTS = 50;
    static final int LONGEST_QUERY = 50;
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Elders elders;
    private final Cases cases;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    ElderDirectory(Elders elders, Cases cases, ConsoleAudit audit, ConsoleMessages messages, CasesProperties properties,
            Clock clock) {
        this.properties = properties;
        this.elders = elders;
        this.cases = cases;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a search found: at most {@value #MOST_RESULTS} elders, and whether there were more. */
    record Found(List<ElderListing> elders, boolean more) {

        static final Found NOTHING = new Found(List.of(), false);
    }

    /**
     * Blank or over-long queries find nothing and are not recorded. The list masks phones and house
     * numbers (the record page shows them whole, and its every view is audited).
     */
    @Transactional
    Found search(String query, String agent) {
        if (query == null || query.isBlank() || query.length() > LONGEST_QUERY) {
            return Found.NOTHING;
        }
        List<Elder> found = elders.search(query.strip(), MOST_RESULTS + 1);
        audit.record(agent, Action.VIEW, null, "search", query.strip(), Math.min(found.size(), MOST_RESULTS));
        return new Found(found.stream().limit(MOST_RESULTS).map(this::maskedListing).toList(), found.size() > MOST_RESULTS);
    }

    private ElderListing maskedListing(Elder e) {
        ElderListing full = listing(e);
        return new ElderListing(full.id(), full.name(), full.sexLabel(), full.age(), full.community(),
                full.address() == null ? "" : full.address().replaceAll("\\d", "*"), full.livingLabel(), full.maskedId(),
                elders.phonesOf(e.elderId()).stream().map(p -> MaskedPhone.of(p.digits())).toList());
    }

    /** Not one transaction: a missing elder must not mark the audit's transaction for rollback. */
    Optional<ElderListing> open(long elderId, String agent) {
        Optional<Elder> elder = find(elderId);
        elder.ifPresent(e -> audit.record(agent, Action.VIEW, e.elderId(), "elderViewed"));
        return elder.map(this::listing);
    }

    /** The elder's cases, newest first, as links to the workspace. */
    @Transactional(readOnly = true)
    List<CaseLine> casesOf(long elderId) {
        return cases.ofElder(new ElderId(elderId)).stream().map(this::caseLine).toList();
    }

    record CaseLine(long id, String typeLabel, String statusLabel, String subject, String openedAt) {
    }

    private CaseLine caseLine(CareCase c) {
        return new CaseLine(c.getId(), messages.get("case.type." + c.getType()), messages.get("status." + c.getStatus()),
                c.getSubject(), c.getCreatedAt().atZone(properties.zone()).format(OPENED));
    }

    private Optional<Elder> find(long elderId) {
        try {
            return Optional.of(elders.get(new ElderId(elderId)));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private ElderListing listing(Elder e) {
        return new ElderListing(e.getId(), e.getFullName(), messages.get("sex." + e.getSex()),
                e.ageOn(LocalDate.now(clock)), e.getCommunity(), e.getAddress(),
                e.getLivingSituation() == null ? "" : messages.get("living." + e.getLivingSituation()),
                e.idNumber() == null ? "" : e.idNumber().value(),
                elders.phonesOf(e.elderId()).stream().map(PhoneNumber::toString).toList());
    }
}
