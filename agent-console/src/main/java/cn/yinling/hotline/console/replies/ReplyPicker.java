package cn.yinling.hotline.console.replies;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.cannedreply.CannedReply;
import cn.yinling.hotline.cases.cannedreply.ReplyVariable;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.console.ConsoleMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canned replies an agent may insert into one case's reply box, with the variables filled in
 * from that case: the elder's title (王阿姨: surname and the bundle's word for the sex), the agent's
 * name, and the service and time of the elder's next visit. Public: the workspace shows them.
 */
@Component
public class ReplyPicker {

    private final ReplyBook book;
    private final Cases cases;
    private final Elders elders;
    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final ShortDateTime when;
    private final ConsoleMessages messages;

    ReplyPicker(ReplyBook book, Cases cases, Elders elders, Bookings bookings, ServiceCatalog catalog,
            ShortDateTime when, ConsoleMessages messages) {
        this.book = book;
        this.cases = cases;
        this.elders = elders;
        this.bookings = bookings;
        this.catalog = catalog;
        this.when = when;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<InsertableReply> forCase(long caseId, Agent agent) {
        Map<ReplyVariable, String> values = values(cases.get(caseId), agent);
        return book.insertableBy(agent).stream().map(r -> fill(r, values)).toList();
    }

    static InsertableReply fill(CannedReply r, Map<ReplyVariable, String> values) {
        List<String> missing = new ArrayList<>();
        Matcher m = ReplyVariable.PLACEHOLDER.matcher(r.getBody());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = ReplyVariable.ofLabel(m.group(1)).map(values::get).orElse(null);
            if (value == null && !missing.contains(m.group(1))) {
                missing.add(m.group(1));
            }
            m.appendReplacement(text, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(text);
        return new InsertableReply(r.getShortcut(), r.getTitle(), text.toString(), missing);
    }

    private Map<ReplyVariable, String> values(CareCase c, Agent agent) {
        Map<ReplyVariable, String> values = new EnumMap<>(ReplyVariable.class);
        values.put(ReplyVariable.AGENT, agent.getDisplayName());
        if (c.getElderId() == null) {
            return values;
        }
        ElderId elderId = new ElderId(c.getElderId());
        Elder elder = elders.get(elderId);
        if (elder.getSex() != null && elder.getFullName() != null && !elder.getFullName().isBlank()) {
            values.put(ReplyVariable.TITLE, surname(elder.getFullName()) + messages.get("replies.title." + elder.getSex()));
        }
        List<Booking> next = bookings.upcoming(elderId);
        if (!next.isEmpty()) {
            Booking b = next.get(0);
            catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).ifPresent(s -> values.put(ReplyVariable.SERVICE, s));
            values.put(ReplyVariable.TIME, when.format(b.getStartsAt()));
        }
        return values;
    }

    /** The family name: two characters for the compound surnames the bundle lists (欧阳, 司马…), else one. */
    private String surname(String fullName) {
        String name = fullName.strip();
        boolean compound = Arrays.stream(messages.get("replies.title.compoundSurnames").split(","))
                .map(String::strip).anyMatch(s -> !s.isEmpty() && name.startsWith(s) && name.length() > s.length());
        return name.substring(0, compound ? 2 : 1);
    }
}
