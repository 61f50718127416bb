package cn.yinling.hotline.bot.dialog;

import static cn.yinling.hotline.bot.reply.SpokenChinese.date;
import static cn.yinling.hotline.bot.reply.SpokenChinese.dateShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.number;
import static cn.yinling.hotline.bot.reply.SpokenChinese.time;
import static cn.yinling.hotline.bot.reply.SpokenChinese.timeShort;

import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.casework.VoiceMessage;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What went wrong → which visit → how serious → a case with a due time, and what happens next. On
 * the phone a normal complaint then offers a recorded message, filed with the case, and a person.
 */
final class ComplaintFlow implements Flow {

    private static final Set<Step> STEPS = Set.of(Step.COMPLAINT_TYPE, Step.COMPLAINT_VISIT, Step.COMPLAINT_SEVERITY,
            Step.COMPLAINT_RECORD_OFFER, Step.COMPLAINT_PERSON);
    private static final int VISITS_OFFERED = 3;

    private final Cases cases;
    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final Escalations escalations;

    ComplaintFlow(Cases cases, Bookings bookings, ServiceCatalog catalog, Escalations escalations) {
        this.cases = cases;
        this.bookings = bookings;
        this.catalog = catalog;
        this.escalations = escalations;
    }

    @Override
    public boolean owns(Step step) {
        return STEPS.contains(step);
    }

    @Override
    public void start(Turn t) {
        t.state.clearTask();
        t.state.intent = Intents.COMPLAINT;
        t.state.complaintType = t.slots().complaintType();
        t.state.complaintText = t.explicitChoice() ? null : t.in.text(); // "4" from the menu says nothing
        proceed(t);
    }

    @Override
    public boolean answer(Turn t) {
        String choice = t.choice();
        switch (t.state.step) {
            case COMPLAINT_TYPE -> {
                if (choice != null && choice.startsWith("type:")) {
                    t.state.complaintType = choice.substring(5);
                } else if (t.slots().complaintType() != null) {
                    t.state.complaintType = t.slots().complaintType();
                    t.state.complaintText = t.in.text();
                } else {
                    return false;
                }
            }
            case COMPLAINT_VISIT -> {
                if (choice == null || !choice.startsWith("visit:")) {
                    return false;
                }
                t.state.bookingId = "visit:none".equals(choice) ? -1L : Long.valueOf(choice.substring(6));
            }
            case COMPLAINT_SEVERITY -> {
                if (choice == null || !choice.startsWith("severity:")) {
                    return false;
                }
                open(t, Severity.valueOf(choice.substring(9)));
                return true;
            }
            case COMPLAINT_RECORD_OFFER -> {
                if ("record:yes".equals(choice)) {
                    t.state.optionValues.clear();
                    t.say("complaint.record.start");
                    t.reply.action(new Action.RecordMessage(t.state.caseId));
                    t.expect(Step.COMPLAINT_RECORDING);
                } else if ("record:no".equals(choice)) {
                    offerPerson(t);
                } else {
                    return false;
                }
                return true;
            }
            case COMPLAINT_PERSON -> {
                if ("person:yes".equals(choice)) {
                    escalations.handoff(t, "complaint.person.handover", t.msg.text("reason.complaintPerson"), Priority.NORMAL);
                } else if ("person:no".equals(choice)) {
                    t.state.clearTask();
                    Menu.offer(t);
                } else {
                    return false;
                }
                return true;
            }
            default -> {
                return false;
            }
        }
        proceed(t);
        return true;
    }

    /**
     * The message recorded after {@link Action.RecordMessage}: filed with the complaint's case, then
     * the caller may still ask for a person. A recording that comes when none was asked for is ignored.
     */
    void recorded(Turn t) {
        if (t.state.step != Step.COMPLAINT_RECORDING || t.state.caseId == null) {
            Menu.offer(t);
            return;
        }
        VoiceMessage message = t.in.voiceMessage();
        if (message == null) {
            t.say("complaint.record.empty");
        } else {
            cases.attachVoiceMessage(t.state.caseId, message, Escalations.actor(t));
            t.say("complaint.record.saved");
        }
        offerPerson(t);
    }

    private void offerPerson(Turn t) {
        t.state.optionValues.clear();
        t.ask("complaint.person.offer");
        t.option("1", t.msg.text("complaint.person.yes"), "person:yes");
        t.option("2", t.msg.text("complaint.person.no"), "person:no");
        t.expect(Step.COMPLAINT_PERSON);
    }

    private void proceed(Turn t) {
        t.state.optionValues.clear();
        if (t.state.complaintType == null) {
            t.ask("complaint.askType");
            type(t, "1", "late");
            type(t, "2", "attitude");
            type(t, "3", "quality");
            type(t, "4", "other");
            t.expect(Step.COMPLAINT_TYPE);
            return;
        }
        if (t.state.bookingId == null && !"hotline".equals(t.state.complaintType)) {
            List<Booking> visits = bookings.recent(t.elder()).stream()
                    .filter(b -> b.getStatus() != BookingStatus.CANCELLED)
                    .limit(VISITS_OFFERED).toList();
            if (!visits.isEmpty()) {
                t.ask("complaint.askVisit");
                int key = 1;
                for (Booking b : visits) {
                    LocalDateTime at = b.getStartsAt();
                    String service = catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).orElse("");
                    t.option(Integer.toString(key++), dateShort(at.toLocalDate()) + timeShort(at.toLocalTime()) + " " + service,
                            visitSpoken(t, visits, b, service), "visit:" + b.getId());
                }
                t.option(Integer.toString(key), t.msg.text("complaint.visitNone"), "visit:none");
                t.expect(Step.COMPLAINT_VISIT);
                return;
            }
        }
        t.ask("complaint.askSeverity");
        t.option("1", t.msg.text("complaint.serious"), "severity:SERIOUS");
        t.option("2", t.msg.text("complaint.normal"), "severity:NORMAL");
        t.expect(Step.COMPLAINT_SEVERITY);
    }

    /**
     * A visit as the phone names it, short enough for a menu: its service, and the day of the month
     * only when another visit offered is of the same service ("二十五号打扫卫生").
     */
    private static String visitSpoken(Turn t, List<Booking> visits, Booking visit, String service) {
        boolean alone = visits.stream().filter(v -> v.getServiceId().equals(visit.getServiceId())).count() == 1;
        return alone ? service : t.msg.text("complaint.visit.day", number(visit.getStartsAt().getDayOfMonth()), service);
    }

    private static void type(Turn t, String key, String type) {
        t.option(key, t.msg.text("complaint.type." + type), t.msg.speech("complaint.type." + type), "type:" + type);
    }

    private void open(Turn t, Severity severity) {
        Long bookingId = t.state.bookingId == null || t.state.bookingId < 0 ? null : t.state.bookingId;
        Long workerId = bookingId == null ? null : bookings.find(bookingId).map(Booking::getWorkerId).orElse(null);
        ComplaintType type = ComplaintType.valueOf(t.state.complaintType.toUpperCase(Locale.ROOT));
        String description = t.state.complaintText == null ? t.msg.text("complaint.type." + typeLabel(type)) : t.state.complaintText;
        CareCase c = cases.openComplaint(new ComplaintRequest(t.elder(), type, severity, description, bookingId, workerId,
                t.in.channel(), Escalations.actor(t)));
        escalations.link(t, c);
        ZonedDateTime due = c.getDueAt().atZone(t.clock.getZone());
        t.say(new Line(t.msg.text("complaint.opened", c.getId().toString(), dateShort(due.toLocalDate()) + timeShort(due.toLocalTime())),
                t.msg.speech("complaint.opened", c.getId().toString(), date(due.toLocalDate()) + time(due.toLocalTime()))));
        t.state.clearTask();
        if (severity == Severity.SERIOUS) {
            // A person at once: the caller tells them, no message to leave first.
            escalations.handoff(t, "complaint.serious.handover", t.msg.text("reason.seriousComplaint", description), Priority.URGENT);
        } else if (t.in.channel() == Channel.VOICE) {
            // On the phone the elder can say in their own words what went wrong (chat users type it).
            t.ask("complaint.record.offer");
            t.option("1", t.msg.text("complaint.record.yes"), "record:yes");
            t.option("2", t.msg.text("complaint.record.no"), "record:no");
            t.expect(Step.COMPLAINT_RECORD_OFFER);
        } else {
            Menu.offer(t);
        }
    }

    private static String typeLabel(ComplaintType type) {
        return switch (type) {
            case LATE, NO_SHOW -> "late";
            case ATTITUDE -> "attitude";
            case QUALITY -> "quality";
            default -> "other";
        };
    }
}
