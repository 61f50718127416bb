package cn.yinling.hotline.bot.dialog;

import static cn.yinling.hotline.bot.reply.SpokenChinese.date;
import static cn.yinling.hotline.bot.reply.SpokenChinese.dateShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.minutes;
import static cn.yinling.hotline.bot.reply.SpokenChinese.minutesShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.money;
import static cn.yinling.hotline.bot.reply.SpokenChinese.moneyShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.number;
import static cn.yinling.hotline.bot.reply.SpokenChinese.time;
import static cn.yinling.hotline.bot.reply.SpokenChinese.timeShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.weekday;

import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingQuote;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.EntitlementUnit;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.casework.Priority;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** service → day → morning/afternoon → read back → confirm → booked, or the nearest times that work. */
final class BookingFlow implements Flow {

    private static final Set<Step> STEPS = Set.of(Step.BOOK_SERVICE, Step.BOOK_DATE, Step.BOOK_TIME, Step.BOOK_CONFIRM,
            Step.BOOK_PICK_ALTERNATIVE, Step.BOOK_SELF_PAY);
    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime AFTERNOON = LocalTime.of(14, 0);

    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final Entitlements entitlements;
    private final Escalations escalations;

    BookingFlow(Bookings bookings, ServiceCatalog catalog, Entitlements entitlements, Escalations escalations) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.entitlements = entitlements;
        this.escalations = escalations;
    }

    @Override
    public boolean owns(Step step) {
        return STEPS.contains(step);
    }

    @Override
    public void start(Turn t) {
        t.state.clearTask();
        t.state.intent = Intents.BOOK_SERVICE;
        take(t, t.slots());
        proceed(t);
    }

    /** Starts a booking of a known service (a menu choice such as "预约陪伴聊天"). */
    void startWith(Turn t, String service) {
        t.state.clearTask();
        t.state.intent = Intents.BOOK_SERVICE;
        t.state.service = service;
        proceed(t);
    }

    @Override
    public boolean answer(Turn t) {
        String choice = t.choice();
        switch (t.state.step) {
            case BOOK_SERVICE -> {
                if (choice != null && choice.startsWith(ServiceMenu.SERVICES)) {
                    offerGroup(t, choice);
                    return true;
                }
                // A service the catalog knows (a session from before an update may still offer "service:other").
                if (choice != null && choice.startsWith(ServiceMenu.SERVICE)
                        && catalog.byCode(choice.substring(ServiceMenu.SERVICE.length())).isPresent()) {
                    t.state.service = choice.substring(ServiceMenu.SERVICE.length());
                } else if (!take(t, t.slots()) || t.state.service == null) {
                    return false;
                }
            }
            case BOOK_DATE -> {
                if (choice != null && choice.startsWith("date:")) {
                    t.state.date = LocalDate.parse(choice.substring(5));
                } else if (!take(t, t.slots()) || t.state.date == null) {
                    return false;
                }
            }
            case BOOK_TIME -> {
                if (choice != null && choice.startsWith("time:")) {
                    t.state.time = LocalTime.parse(choice.substring(5));
                } else if (!take(t, t.slots()) || t.state.time == null) {
                    return false;
                }
            }
            case BOOK_CONFIRM -> {
                if ("yes".equals(choice) || Intents.AFFIRM.equals(t.intent())) {
                    confirm(t);
                    return true;
                }
                if ("no".equals(choice) || Intents.DENY.equals(t.intent())) {
                    // "不对，是后天": a denial carrying a correction keeps the corrected value.
                    if (!take(t, t.slots())) {
                        t.state.date = null;
                        t.state.time = null;
                    }
                } else if (!take(t, t.slots())) {
                    return false;
                }
            }
            case BOOK_PICK_ALTERNATIVE -> {
                if (choice != null && choice.startsWith("alt:")) {
                    LocalDateTime at = LocalDateTime.parse(choice.substring(4));
                    t.state.date = at.toLocalDate();
                    t.state.time = at.toLocalTime();
                } else if ("other".equals(choice) || Intents.DENY.equals(t.intent())) {
                    t.state.date = null;
                    t.state.time = null;
                } else if (!take(t, t.slots())) {
                    return false;
                }
            }
            case BOOK_SELF_PAY -> {
                if ("selfpay".equals(choice) || Intents.AFFIRM.equals(t.intent())) {
                    t.state.selfPay = true;
                } else if ("other".equals(choice) || Intents.DENY.equals(t.intent())) {
                    t.state.date = null;
                    t.state.time = null;
                } else {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        proceed(t);
        return true;
    }

    /** Copies what the message names into the state; true if it named anything for a booking. */
    private boolean take(Turn t, Slots s) {
        boolean any = false;
        if (s.service() != null && catalog.byCode(s.service()).isPresent()) {
            t.state.service = s.service();
            any = true;
        }
        if (s.date() != null && !s.date().date().isBefore(t.today())) {
            t.state.date = s.date().date();
            any = true;
        }
        if (s.time() != null) {
            t.state.time = startOf(s.time().start(), s.time().end());
            any = true;
        }
        return any;
    }

    /** A part of the day becomes a start a little after it begins (上午 → 9:00, 下午 → 14:00). */
    static LocalTime startOf(LocalTime from, LocalTime to) {
        if (from.equals(to)) {
            return from;
        }
        LocalTime t = from.plusMinutes(java.time.Duration.between(from, to).toMinutes() / 4);
        return t.withMinute(t.getMinute() < 30 ? 0 : 30);
    }

    private void proceed(Turn t) {
        t.state.optionValues.clear();
        if (t.state.service == null) {
            askService(t);
        } else if (t.state.date == null) {
            askDate(t);
        } else if (t.state.time == null) {
            t.ask("book.askTime");
            t.option("1", t.msg.text("book.morning"), "time:" + MORNING);
            t.option("2", t.msg.text("book.afternoon"), "time:" + AFTERNOON);
            t.expect(Step.BOOK_TIME);
        } else {
            quote(t);
        }
    }

    /** The first level of the service menu: every active service of the catalog, the elder's usual ones first. */
    private void askService(Turn t) {
        t.ask("book.askService");
        offerServices(t, usualFirst(t));
    }

    /** A group chosen: the next level, built from the group's services in the order they were offered. */
    private void offerGroup(Turn t, String choice) {
        String label = t.state.lastOptions.stream()
                .filter(o -> choice.equals(t.state.optionValues.get(o.key())))
                .map(o -> o.label()).findFirst().orElse(null);
        t.state.optionValues.clear();
        List<ServiceItem> services = ServiceMenu.codesOf(choice).stream()
                .map(catalog::byCode).flatMap(Optional::stream).filter(ServiceItem::isActive).toList();
        if (label != null) {
            t.ask("book.askServiceIn", label);
        } else {
            t.ask("book.askService");
        }
        offerServices(t, services);
    }

    private void offerServices(Turn t, List<ServiceItem> services) {
        int key = 1;
        for (ServiceMenu.Choice c : ServiceMenu.level(services, category -> t.msg.text("category." + category.name()),
                t.msg.text("book.otherService"))) {
            t.option(Integer.toString(key++), c.label(), c.value());
        }
        t.expect(Step.BOOK_SERVICE);
    }

    /** The catalog's active services, the ones the elder has booked most first, the rest in catalog order. */
    private List<ServiceItem> usualFirst(Turn t) {
        Map<String, ServiceItem> ordered = new LinkedHashMap<>();
        if (t.elder() != null) {
            for (Long id : bookings.usualServiceIds(t.elder())) {
                catalog.byId(id).filter(ServiceItem::isActive).ifPresent(s -> ordered.put(s.getCode(), s));
            }
        }
        catalog.activeServices().forEach(s -> ordered.putIfAbsent(s.getCode(), s));
        return List.copyOf(ordered.values());
    }

    private void askDate(Turn t) {
        t.ask("book.askDate");
        ServiceItem service = catalog.byCode(t.state.service).orElseThrow();
        LocalDate first = t.now().plus(service.leadTimeFor(t.in.channel())).plusHours(1).toLocalDate();
        if (!first.isAfter(t.today())) {
            first = t.today().plusDays(1);
        }
        for (int i = 0; i < 3; i++) {
            LocalDate d = first.plusDays(i);
            // The read-back says the whole date; three days in a row differ by their weekday.
            t.option(Integer.toString(i + 1), dateShort(d), weekday(d), "date:" + d);
        }
        t.expect(Step.BOOK_DATE);
    }

    private void quote(Turn t) {
        ServiceItem service = catalog.byCode(t.state.service).orElseThrow();
        if (t.state.requestKey == null) {
            t.state.requestKey = UUID.randomUUID().toString();
        }
        try {
            BookingQuote q = bookings.quote(request(t));
            String cost = !q.subsidised() ? t.msg.text("book.cost.paid", moneyShort(q.elderPaysFen()))
                    : q.elderPaysFen() > 0 ? t.msg.text("book.cost.partly", moneyShort(q.elderPaysFen()))
                    : t.msg.text("book.cost.covered");
            String costSpoken = !q.subsidised() ? t.msg.text("book.cost.paid", money(q.elderPaysFen()))
                    : q.elderPaysFen() > 0 ? t.msg.text("book.cost.partly", money(q.elderPaysFen()))
                    : t.msg.text("book.cost.covered");
            t.say(new Line(
                    t.msg.text("book.confirm", dateShort(q.startsAt().toLocalDate()), timeShort(q.startsAt().toLocalTime()),
                            service.getNameZh(), minutesShort(q.minutes()), cost),
                    t.msg.speech("book.confirm", date(q.startsAt().toLocalDate()), time(q.startsAt().toLocalTime()),
                            service.getNameZh(), minutes(q.minutes()), costSpoken)));
            t.option("1", t.msg.text("book.yes"), "yes");
            t.option("2", t.msg.text("book.no"), "no");
            t.expect(Step.BOOK_CONFIRM);
        } catch (BookingRefusedException r) {
            refused(t, service, r);
        }
    }

    private void confirm(Turn t) {
        ServiceItem service = catalog.byCode(t.state.service).orElseThrow();
        try {
            Booking b = bookings.book(request(t));
            LocalDateTime at = b.getStartsAt();
            String worker = bookings.workerName(b.getWorkerId());
            t.say(new Line(
                    t.msg.text("book.done", dateShort(at.toLocalDate()), timeShort(at.toLocalTime()), service.getNameZh(),
                            worker, b.getId().toString()),
                    t.msg.speech("book.done", date(at.toLocalDate()), time(at.toLocalTime()), service.getNameZh(),
                            workerTitle(t, worker), b.getId().toString())));
            t.state.clearTask();
            Menu.offer(t);
        } catch (BookingRefusedException r) {
            // Taken by someone else between read-back and confirmation.
            t.state.requestKey = null;
            refused(t, service, r);
        }
    }

    private void refused(Turn t, ServiceItem service, BookingRefusedException r) {
        t.state.optionValues.clear();
        switch (r.reason()) {
            case LEAD_TIME -> {
                LocalDateTime earliest = roundUp(r.earliestAllowed());
                t.say(new Line(t.msg.text("book.leadTime", service.getNameZh(), dateShort(earliest.toLocalDate()),
                        timeShort(earliest.toLocalTime())),
                        t.msg.speech("book.leadTime", service.getNameZh(), date(earliest.toLocalDate()),
                                time(earliest.toLocalTime()))));
                t.option("1", t.msg.text("book.yes"), "alt:" + earliest);
                t.option("2", t.msg.text("book.pickOther"), "other");
                t.expect(Step.BOOK_PICK_ALTERNATIVE);
            }
            case NO_CAPACITY -> {
                if (r.alternatives().isEmpty()) {
                    escalations.handoff(t, "book.noCapacity.none", t.msg.text("reason.noCapacity", service.getNameZh()), Priority.NORMAL);
                    return;
                }
                t.say("book.noCapacity.alternatives");
                offerAlternatives(t, r.alternatives());
            }
            case ELDER_BUSY -> {
                t.say(clash(t, r.clash()));
                if (r.alternatives().isEmpty()) {
                    // Nothing free in the next two weeks that the search could offer: let the caller name a day.
                    t.state.date = null;
                    t.state.time = null;
                    askDate(t);
                    return;
                }
                t.ask("book.elderBusy.alternatives");
                offerAlternatives(t, r.alternatives());
            }
            case INSUFFICIENT_BALANCE -> {
                Balance b = entitlements.balances(t.elder()).stream().findFirst().orElse(null);
                long needed = b == null ? 0 : b.unit() == EntitlementUnit.MINUTES ? service.getDefaultMinutes()
                        : SubsidyPolicy.fenFor(service.getDefaultMinutes(), service.getPricePerHourFen());
                t.say(new Line(
                        t.msg.text("book.insufficient", b == null ? "0" : amount(b.unit(), b.available()),
                                b == null ? "" : amount(b.unit(), needed)),
                        t.msg.speech("book.insufficient", b == null ? number(0) : spokenAmount(b.unit(), b.available()),
                                b == null ? "" : spokenAmount(b.unit(), needed))));
                t.option("1", t.msg.text("book.selfPay"), "selfpay");
                t.option("2", t.msg.text("book.pickOther"), "other");
                t.expect(Step.BOOK_SELF_PAY);
            }
            case BEYOND_HORIZON -> {
                t.say(new Line(t.msg.text("book.beyondHorizon", dateShort(r.lastDay())),
                        t.msg.speech("book.beyondHorizon", date(r.lastDay()))));
                t.state.date = null;
                t.state.time = null;
                askDate(t);
            }
            case UNKNOWN_SERVICE -> {
                t.say("book.unknownService");
                t.state.service = null;
                askService(t);
            }
            default -> escalations.handoff(t, "book.failed", t.msg.text("reason.bookingFailed", r.reason().name()), Priority.NORMAL);
        }
    }

    private static void offerAlternatives(Turn t, List<LocalDateTime> alternatives) {
        int key = 1;
        for (LocalDateTime alt : alternatives) {
            t.option(Integer.toString(key++), dateShort(alt.toLocalDate()) + timeShort(alt.toLocalTime()), "alt:" + alt);
        }
        t.option(Integer.toString(key), t.msg.text("book.pickOther"), "other");
        t.expect(Step.BOOK_PICK_ALTERNATIVE);
    }

    /** The elder's visit in the way of a booking or a move: its day, start (and end on screens) and service. */
    static Line clash(Turn t, BookingRefusedException.Clash c) {
        LocalDateTime from = c.startsAt();
        return new Line(
                t.msg.text("book.elderBusy", dateShort(from.toLocalDate()), timeShort(from.toLocalTime()), c.serviceName(),
                        timeShort(c.endsAt().toLocalTime())),
                t.msg.speech("book.elderBusy", date(from.toLocalDate()), time(from.toLocalTime()), c.serviceName(),
                        time(c.endsAt().toLocalTime())));
    }

    private BookingRequest request(Turn t) {
        String by = t.state.familyContactId != null ? "family:" + t.state.familyContactId : Escalations.actor(t);
        return new BookingRequest(t.elder(), t.state.service, t.state.date.atTime(t.state.time), null, t.in.channel(),
                by, t.state.requestKey, t.state.selfPay, null);
    }

    /**
     * How a worker is named to a caller: 张师傅, as elders know them. A full name could not be said
     * from pre-rendered prompts, a surname and title can.
     */
    private static String workerTitle(Turn t, String fullName) {
        return fullName == null || fullName.isBlank() ? "" : t.msg.text("title.worker", fullName.substring(0, 1));
    }

    static String amount(EntitlementUnit unit, long value) {
        return unit == EntitlementUnit.MINUTES ? minutesShort(value) : moneyShort(value);
    }

    /** The same in words, for the phone. */
    static String spokenAmount(EntitlementUnit unit, long value) {
        return unit == EntitlementUnit.MINUTES ? minutes(value) : money(value);
    }

    private static LocalDateTime roundUp(LocalDateTime t) {
        LocalDateTime h = t.withMinute(0).withSecond(0).withNano(0);
        LocalDateTime r = h.isBefore(t) ? h.plusHours(1) : h;
        // Suggest working hours: before 8 → 9:00 the same day, after 17 → 9:00 the next day.
        if (r.getHour() < 8) {
            return r.withHour(9);
        }
        if (r.getHour() >= 17) {
            return r.toLocalDate().plusDays(1).atTime(9, 0);
        }
        return r;
    }
}
