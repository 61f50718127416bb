package cn.yinling.hotline.bot.dialog;

import static cn.yinling.hotline.bot.reply.SpokenChinese.count;
import static cn.yinling.hotline.bot.reply.SpokenChinese.date;
import static cn.yinling.hotline.bot.reply.SpokenChinese.dateShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.time;
import static cn.yinling.hotline.bot.reply.SpokenChinese.timeShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.weekday;

import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.elder.Elders;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Hear, cancel or move one's bookings; when there are several, the caller picks which. */
final class MyBookingsFlow implements Flow {

    private static final int MAX_OPTIONS = 4;
    private static final Set<Step> STEPS = Set.of(Step.PICK_BOOKING_CANCEL, Step.CONFIRM_CANCEL, Step.PICK_BOOKING_MOVE,
            Step.MOVE_DATE, Step.MOVE_TIME, Step.CONFIRM_MOVE);

    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final Elders elders;

    MyBookingsFlow(Bookings bookings, ServiceCatalog catalog, Elders elders) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.elders = elders;
    }

    @Override
    public boolean owns(Step step) {
        return STEPS.contains(step);
    }

    @Override
    public void start(Turn t) {
        String intent = t.intent() != null ? t.intent() : t.state.intent;
        t.state.clearTask();
        t.state.intent = intent == null ? Intents.QUERY_BOOKING : intent;
        List<Booking> upcoming = narrow(t, bookings.upcoming(t.elder()), t.slots(), !Intents.RESCHEDULE_BOOKING.equals(intent));
        if (upcoming.isEmpty()) {
            t.say(new Line(t.msg.text("bookings.none", t.whose(elders)), t.msg.speech("bookings.none")));
            t.option("1", t.msg.text("menu.book"), "menu:" + Intents.BOOK_SERVICE);
            t.expect(Step.MENU);
            return;
        }
        if (Intents.CANCEL_BOOKING.equals(intent)) {
            pickOrGo(t, upcoming, Step.PICK_BOOKING_CANCEL, "bookings.pickCancel");
        } else if (Intents.RESCHEDULE_BOOKING.equals(intent)) {
            // The date and time in "改到明天下午" are the new target, kept for after the pick.
            Slots s = t.slots();
            t.state.date = s.date() == null ? null : s.date().date();
            t.state.time = s.time() == null ? null : BookingFlow.startOf(s.time().start(), s.time().end());
            pickOrGo(t, upcoming, Step.PICK_BOOKING_MOVE, "bookings.pickMove");
        } else {
            list(t, upcoming);
            Menu.offer(t);
        }
    }

    @Override
    public boolean answer(Turn t) {
        String choice = t.choice();
        boolean yes = "yes".equals(choice) || Intents.AFFIRM.equals(t.intent());
        boolean no = "no".equals(choice) || Intents.DENY.equals(t.intent());
        switch (t.state.step) {
            case PICK_BOOKING_CANCEL, PICK_BOOKING_MOVE -> {
                if (choice == null || !choice.startsWith("booking:")) {
                    return false;
                }
                t.state.bookingId = Long.valueOf(choice.substring(8));
                next(t, t.state.step == Step.PICK_BOOKING_CANCEL ? Step.CONFIRM_CANCEL : Step.MOVE_DATE);
            }
            case CONFIRM_CANCEL -> {
                if (yes) {
                    cancel(t);
                } else if (no) {
                    keep(t);
                } else {
                    return false;
                }
            }
            case MOVE_DATE, MOVE_TIME -> {
                if (choice != null && choice.startsWith("date:")) {
                    t.state.date = LocalDate.parse(choice.substring(5));
                } else if (choice != null && choice.startsWith("time:")) {
                    t.state.time = LocalTime.parse(choice.substring(5));
                } else if (t.slots().date() != null || t.slots().time() != null) {
                    Slots s = t.slots();
                    if (s.date() != null) {
                        t.state.date = s.date().date();
                    }
                    if (s.time() != null) {
                        t.state.time = BookingFlow.startOf(s.time().start(), s.time().end());
                    }
                } else {
                    return false;
                }
                next(t, Step.MOVE_DATE);
            }
            case CONFIRM_MOVE -> {
                if (yes) {
                    move(t);
                } else if (no) {
                    keep(t);
                } else {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void pickOrGo(Turn t, List<Booking> upcoming, Step pick, String question) {
        t.state.optionValues.clear();
        if (upcoming.size() == 1) {
            t.state.bookingId = upcoming.get(0).getId();
            next(t, pick == Step.PICK_BOOKING_CANCEL ? Step.CONFIRM_CANCEL : Step.MOVE_DATE);
            return;
        }
        list(t, upcoming);
        t.ask(question);
        int key = 1;
        for (Booking b : upcoming.subList(0, Math.min(MAX_OPTIONS, upcoming.size()))) {
            t.option(Integer.toString(key++), dateShort(b.getStartsAt().toLocalDate())
                    + timeShort(b.getStartsAt().toLocalTime()) + " " + name(b), "booking:" + b.getId());
        }
        t.expect(pick);
    }

    /** Moves on from a chosen booking: confirm a cancellation, or collect the new time and confirm a move. */
    private void next(Turn t, Step step) {
        t.state.optionValues.clear();
        Booking b = bookings.find(t.state.bookingId).orElseThrow();
        LocalDateTime at = b.getStartsAt();
        if (step == Step.CONFIRM_CANCEL) {
            t.say(new Line(t.msg.text("bookings.confirmCancel", dateShort(at.toLocalDate()), timeShort(at.toLocalTime()), name(b)),
                    t.msg.speech("bookings.confirmCancel", date(at.toLocalDate()), time(at.toLocalTime()), name(b))));
            yesNo(t, Step.CONFIRM_CANCEL);
            return;
        }
        if (t.state.date == null && t.state.time == null) {
            t.ask("bookings.askNewDate");
            for (int i = 1; i <= 3; i++) {
                LocalDate d = t.today().plusDays(i + 1);
                t.option(Integer.toString(i), dateShort(d), weekday(d), "date:" + d);
            }
            t.expect(Step.MOVE_DATE);
            return;
        }
        // Only a day given keeps the old time; only a time keeps the old day.
        LocalDate day = t.state.date != null ? t.state.date : at.toLocalDate();
        LocalTime hour = t.state.time != null ? t.state.time : at.toLocalTime();
        t.state.date = day;
        t.state.time = hour;
        t.say(new Line(t.msg.text("bookings.confirmMove", name(b), dateShort(day), timeShort(hour)),
                t.msg.speech("bookings.confirmMove", name(b), date(day), time(hour))));
        yesNo(t, Step.CONFIRM_MOVE);
    }

    private void cancel(Turn t) {
        try {
            Booking b = bookings.cancel(t.state.bookingId, t.msg.text("reason.cancelledByCaller"), Escalations.actor(t));
            LocalDateTime at = b.getStartsAt();
            t.say(new Line(t.msg.text("bookings.cancelled", dateShort(at.toLocalDate()), timeShort(at.toLocalTime()), name(b)),
                    t.msg.speech("bookings.cancelled", date(at.toLocalDate()), time(at.toLocalTime()), name(b))));
        } catch (BookingRefusedException r) {
            t.say("bookings.notChangeable");
        }
        t.state.clearTask();
        Menu.offer(t);
    }

    private void move(Turn t) {
        try {
            Booking b = bookings.reschedule(t.state.bookingId, t.state.date.atTime(t.state.time), t.in.channel(),
                    Escalations.actor(t));
            LocalDateTime at = b.getStartsAt();
            t.say(new Line(t.msg.text("bookings.moved", dateShort(at.toLocalDate()), timeShort(at.toLocalTime()), name(b)),
                    t.msg.speech("bookings.moved", date(at.toLocalDate()), time(at.toLocalTime()), name(b))));
            t.state.clearTask();
            Menu.offer(t);
        } catch (BookingRefusedException r) {
            switch (r.reason()) {
                case ELDER_BUSY -> {
                    t.say(BookingFlow.clash(t, r.clash()));
                    t.state.date = null;
                    t.state.time = null;
                    next(t, Step.MOVE_DATE);
                }
                case BEYOND_HORIZON -> {
                    t.say(new Line(t.msg.text("book.beyondHorizon", dateShort(r.lastDay())),
                            t.msg.speech("book.beyondHorizon", date(r.lastDay()))));
                    t.state.date = null;
                    t.state.time = null;
                    next(t, Step.MOVE_DATE);
                }
                case LEAD_TIME, NO_CAPACITY, IN_THE_PAST, INSUFFICIENT_BALANCE -> {
                    // Why, then the question for another day (asked once, by next()).
                    t.say(switch (r.reason()) {
                        case NO_CAPACITY -> "book.noCapacity";
                        case LEAD_TIME -> "bookings.moveTooSoon";
                        case IN_THE_PAST -> "bookings.moveInPast";
                        default -> "bookings.moveNoBalance";
                    });
                    t.state.date = null;
                    t.state.time = null;
                    next(t, Step.MOVE_DATE);
                }
                default -> {
                    t.say("bookings.notChangeable");
                    t.state.clearTask();
                    Menu.offer(t);
                }
            }
        }
    }

    private void keep(Turn t) {
        t.say("bookings.keep");
        t.state.clearTask();
        Menu.offer(t);
    }

    private void list(Turn t, List<Booking> upcoming) {
        t.say(new Line(t.msg.text("bookings.list", upcoming.size(), t.whose(elders)),
                t.msg.speech("bookings.list", count(upcoming.size()))));
        for (Booking b : upcoming) {
            LocalDateTime at = b.getStartsAt();
            String worker = b.getWorkerId() == null ? "" : bookings.workerName(b.getWorkerId());
            if (worker == null || worker.isBlank()) {
                t.say(new Line(t.msg.text("bookings.itemNoWorker", dateShort(at.toLocalDate()), timeShort(at.toLocalTime()), name(b)),
                        t.msg.speech("bookings.itemNoWorker", date(at.toLocalDate()), time(at.toLocalTime()), name(b))));
                continue;
            }
            // On screen the worker's full name; said as 王师傅, which pre-rendered prompts can say.
            t.say(new Line(t.msg.text("bookings.item", dateShort(at.toLocalDate()), timeShort(at.toLocalTime()), name(b), worker),
                    t.msg.speech("bookings.item", date(at.toLocalDate()), time(at.toLocalTime()), name(b),
                            t.msg.text("title.worker", worker.substring(0, 1)))));
        }
    }

    private void yesNo(Turn t, Step step) {
        t.option("1", t.msg.text("book.yes"), "yes");
        t.option("2", t.msg.text("option.no"), "no");
        t.expect(step);
    }

    /** A date or service in the message ("取消明天的助浴") picks among several bookings. */
    private List<Booking> narrow(Turn t, List<Booking> all, Slots s, boolean dateIsExisting) {
        List<Booking> result = all;
        if (s.service() != null) {
            List<Booking> same = result.stream().filter(b -> catalog.byId(b.getServiceId())
                    .map(ServiceItem::getCode).filter(s.service()::equals).isPresent()).toList();
            result = same.isEmpty() ? result : same;
        }
        if (dateIsExisting && s.date() != null) {
            List<Booking> sameDay = result.stream().filter(b -> b.getStartsAt().toLocalDate().equals(s.date().date())).toList();
            result = sameDay.isEmpty() ? result : sameDay;
        }
        return result;
    }

    private String name(Booking b) {
        return catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).orElse("");
    }
}
