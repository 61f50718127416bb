package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.ConversationRepository;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Direction;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.EntitlementUnit;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.workspace.CaseFile.BalanceLine;
import cn.yinling.hotline.console.workspace.CaseFile.BookingLine;
import cn.yinling.hotline.console.workspace.CaseFile.CaseSummary;
import cn.yinling.hotline.console.workspace.CaseFile.ConversationLine;
import cn.yinling.hotline.console.workspace.CaseFile.ElderRecord;
import cn.yinling.hotline.console.workspace.CaseFile.FamilyLine;
import cn.yinling.hotline.console.workspace.CaseFile.MessageLine;
import cn.yinling.hotline.console.workspace.CaseFile.TimelineLine;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.conversation.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a {@link CaseFile} from the domain services: the case, the elder's record, balance, bookings, talk, timeline. */
@Component
class CaseFiles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Cases cases;
    private final Elders elders;
    private final Entitlements entitlements;
    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final Conversations conversations;
    private final ConversationRepository conversationsOfCases;
    private final AgentRepository agents;
    private final TimelineWording wording;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    CaseFiles(Cases cases, Elders elders, Entitlements entitlements, Bookings bookings, ServiceCatalog catalog,
            Conversations conversations, ConversationRepository conversationsOfCases, AgentRepository agents,
            ConsoleMessages messages, CasesProperties properties, Clock clock, TimelineWording wording) {
        this.wording = wording;
        this.cases = cases;
        this.elders = elders;
        this.entitlements = entitlements;
        this.bookings = bookings;
        this.catalog = catalog;
        this.conversations = conversations;
        this.conversationsOfCases = conversationsOfCases;
        this.agents = agents;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CaseFile of(long caseId) {
        CareCase c = cases.get(caseId);
        CaseSummary summary = summary(c);
        if (c.getElderId() == null) {
            return new CaseFile(summary, null, List.of(), List.of(), List.of(),
                    conversationLines(conversationsOfCases.findByCaseId(c.getId()), null), timeline(c.getId()));
        }
        ElderId elderId = new ElderId(c.getElderId());
        Elder e = elders.get(elderId);
        return new CaseFile(summary, elderRecord(e), entitlements.balances(elderId).stream().map(this::balance).toList(),
                bookings.upcoming(elderId).stream().map(this::booking).toList(),
                bookings.recent(elderId).stream().map(this::booking).toList(),
                conversationLines(conversations.ofElder(elderId), conversations.historyOf(elderId)), timeline(c.getId()));
    }

    @Transactional(readOnly = true)
    List<ServiceItem> services() {
        return catalog.activeServices();
    }

    private CaseSummary summary(CareCase c) {
        Priority p = c.priority();
        String holder = c.getAssigneeId() == null ? null
                : agents.findById(c.getAssigneeId()).map(a -> a.getDisplayName()).orElse("#" + c.getAssigneeId());
        return new CaseSummary(c.getId(), messages.get("case.type." + c.getType()), messages.get("priority." + p),
                c.getType() == CaseType.EMERGENCY || p == Priority.EMERGENCY, messages.get("status." + c.getStatus()),
                c.getStatus().isOpen(), c.getSubject(), messages.get("channel." + c.getChannel()), when(c.getCreatedAt()),
                when(c.getDueAt()), c.isOverdue(clock.instant()), c.getAssigneeId(), holder,
                c.getWrapUpCode() == null ? null : messages.get("wrapup." + c.getWrapUpCode()),
                c.getType() == CaseType.COMPLAINT,
                c.getComplaintOutcome() == null ? null : messages.get("outcome." + c.getComplaintOutcome()),
                c.getComplaintRemedy());
    }

    private ElderRecord elderRecord(Elder e) {
        ElderId id = e.elderId();
        List<FamilyLine> family = elders.familyOf(id).stream()
                .map(f -> new FamilyLine(f.getFullName(), f.getRelation(),
                        elders.phonesOfFamilyContact(f.getId()).stream().map(PhoneNumber::toString).toList(),
                        f.getWechatOpenid() != null,
                        f.getWechatBoundAt() == null ? null : when(f.getWechatBoundAt()), f.isNotifyConsent()))
                .toList();
        Adl adl = e.getAdl() == null ? Adl.independent() : e.getAdl();
        return new ElderRecord(e.getId(), e.getFullName(), messages.get("sex." + e.getSex()),
                e.ageOn(LocalDate.now(clock)), e.idNumber() == null ? "" : e.idNumber().value(),
                messages.get("registration." + e.getRegistration()), e.getAddress(), e.getCommunity(),
                e.getLivingSituation() == null ? "" : messages.get("living." + e.getLivingSituation()), e.getHealthNotes(),
                flags(e.getFlags()), adlNeedsHelp(adl), adl.unableToSelfCare(),
                elders.phonesOf(id).stream().map(PhoneNumber::toString).toList(), family);
    }

    private List<String> flags(ElderFlags f) {
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        addIf(out, f.sanwu(), "flag.sanwu");
        addIf(out, f.dibao(), "flag.dibao");
        addIf(out, f.lowIncome(), "flag.lowIncome");
        addIf(out, f.priorityVeteran(), "flag.priorityVeteran");
        addIf(out, f.labourModel(), "flag.labourModel");
        addIf(out, f.disabled(), "flag.disabled");
        return out;
    }

    private List<String> adlNeedsHelp(Adl adl) {
        List<String> out = new ArrayList<>();
        addIf(out, adl.eating(), "adl.eating");
        addIf(out, adl.turningOver(), "adl.turningOver");
        addIf(out, adl.toileting(), "adl.toileting");
        addIf(out, adl.dressingAndWashing(), "adl.dressingAndWashing");
        addIf(out, adl.moving(), "adl.moving");
        return out;
    }

    private void addIf(List<String> out, boolean yes, String key) {
        if (yes) {
            out.add(messages.get(key));
        }
    }

    private BalanceLine balance(Balance b) {
        return new BalanceLine(b.policyName(), messages.get("category." + b.category()), amount(b.unit(), b.available()),
                amount(b.unit(), b.held()), amount(b.unit(), b.granted()),
                b.expiresOn() == null ? "" : b.expiresOn().format(DAY), b.sharedByHousehold());
    }

    private String amount(EntitlementUnit unit, long value) {
        if (unit == EntitlementUnit.MINUTES) {
            return value % 60 == 0 ? messages.get("amount.hours", value / 60)
                    : messages.get("amount.hoursMinutes", value / 60, Math.abs(value % 60));
        }
        return messages.get("amount.yuan", String.format("%d.%02d", value / 100, Math.abs(value % 100)));
    }

    private BookingLine booking(Booking b) {
        String service = catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).orElse("#" + b.getServiceId());
        String worker = bookings.workerName(b.getWorkerId());
        return new BookingLine(b.getId(), service, when(b.getStartsAt()), b.getDurationMinutes(),
                messages.get("booking.status." + b.getStatus()), worker == null ? "" : worker,
                messages.get("channel." + b.getChannel()), b.getStatus().isChangeable());
    }

    private List<ConversationLine> conversationLines(List<Conversation> talks, List<Message> history) {
        Map<Long, List<MessageLine>> byConversation = new LinkedHashMap<>();
        talks.forEach(t -> byConversation.put(t.getId(), new ArrayList<>()));
        Map<Long, Channel> channels = new HashMap<>();
        talks.forEach(t -> channels.put(t.getId(), t.getChannel()));
        List<Message> all = history != null ? history : talks.stream()
                .flatMap(t -> conversations.transcript(t.getId()).stream()).toList();
        for (Message m : all) {
            byConversation.computeIfAbsent(m.getConversationId(), k -> new ArrayList<>()).add(message(m, channels.get(m.getConversationId())));
        }
        return talks.stream()
                .map(t -> new ConversationLine(t.getId(), messages.get("channel." + t.getChannel()), when(t.getStartedAt()),
                        byConversation.get(t.getId())))
                .toList();
    }

    /** New lines of the case's own conversations after message {@code afterId}, for the live transcript. */
    @Transactional(readOnly = true)
    List<LiveLine> linesAfter(long caseId, long afterId) {
        cases.get(caseId);
        return conversationsOfCases.findByCaseId(caseId).stream()
                .flatMap(t -> conversations.messagesAfter(t.getId(), afterId).stream()
                        .map(m -> new LiveLine(m.getConversationId(), message(m, t.getChannel()))))
                .sorted(Comparator.comparingLong(l -> l.message().id()))
                .toList();
    }

    /** A transcript line with the conversation it belongs to (JSON of the live transcript). */
    record LiveLine(long conversationId, MessageLine message) {
    }

    private MessageLine message(Message m, Channel channel) {
        String text = m.getText() != null ? m.getText() : m.getDtmf() == null ? "" : messages.get("message.dtmf", m.getDtmf());
        boolean in = m.getDirection() == Direction.IN;
        return new MessageLine(m.getId(), when(m.getAt()), in, m.getAgentId() != null, who(m, channel), text,
                in && m.getIntent() != null ? messages.getOr("intent." + m.getIntent(), m.getIntent()) : null,
                m.getConfidence() == null ? null : String.format("%.0f%%", m.getConfidence() * 100),
                m.getDelivery() == Delivery.FAILED, m.getDeliveryProblem(),
                m.getDelivery() == null ? null : messages.get("ws.delivery." + m.getDelivery()),
                m.getDelivery() == null ? null : m.getDelivery().name().toLowerCase(Locale.ROOT));
    }

    /** Family members write on WeChat and visitors on the web chat; only a phone caller is the 来电人. */
    private String who(Message m, Channel channel) {
        if (m.getDirection() != Direction.IN) {
            return messages.get(m.getAgentId() != null ? "ws.agentSaid" : "ws.bot");
        }
        return switch (channel == null ? Channel.VOICE : channel) {
            case WECHAT -> messages.get("ws.who.wechat");
            case WEB -> messages.get("ws.who.web");
            default -> messages.get("ws.caller");
        };
    }

    private List<TimelineLine> timeline(long caseId) {
        return cases.timeline(caseId).stream()
                .map(ev -> new TimelineLine(when(ev.getAt()), messages.getOr("event." + ev.getKind(), ev.getKind()),
                        wording.actor(ev.getActor()), wording.note(ev)))
                .toList();
    }

    private String when(Instant at) {
        return new ShortDateTime(clock, properties.zone()).format(at);
    }

    private String when(LocalDateTime at) {
        return new ShortDateTime(clock, properties.zone()).format(at);
    }
}
