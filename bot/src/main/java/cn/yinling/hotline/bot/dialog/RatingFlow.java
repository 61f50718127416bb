package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.booking.ServiceRecord;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Severity;
import java.util.List;
import java.util.Optional;

/** A satisfaction score for the latest visit; one or two stars open a complaint for follow-up. */
final class RatingFlow implements Flow {

    private static final int RECENT_DAYS = 14;
    private static final int LOW_SCORE = 2;

    private final Bookings bookings;
    private final Cases cases;
    private final Escalations escalations;

    RatingFlow(Bookings bookings, Cases cases, Escalations escalations) {
        this.bookings = bookings;
        this.cases = cases;
        this.escalations = escalations;
    }

    @Override
    public boolean owns(Step step) {
        return step == Step.RATING_SCORE;
    }

    @Override
    public void start(Turn t) {
        t.state.clearTask();
        t.state.intent = Intents.RATE_SERVICE;
        Optional<ServiceRecord> visit = latestUnrated(t);
        if (visit.isEmpty()) {
            t.say("rating.noVisit");
            Menu.offer(t);
            return;
        }
        t.state.bookingId = visit.get().getBookingId();
        if (t.slots().rating() != null) {
            rate(t, t.slots().rating());
            return;
        }
        t.ask("rating.askScore");
        t.state.optionValues.clear();
        for (int i = 1; i <= 5; i++) {
            t.option(Integer.toString(i), t.msg.text("rating.option", i), "score:" + i);
        }
        t.expect(Step.RATING_SCORE);
    }

    @Override
    public boolean answer(Turn t) {
        String choice = t.choice();
        if (choice != null && choice.startsWith("score:")) {
            rate(t, Integer.parseInt(choice.substring(6)));
            return true;
        }
        if (t.slots().rating() != null) {
            rate(t, t.slots().rating());
            return true;
        }
        return false;
    }

    private void rate(Turn t, int score) {
        bookings.rate(t.state.bookingId, score);
        if (score <= LOW_SCORE) {
            CareCase c = cases.openComplaint(new ComplaintRequest(t.elder(), ComplaintType.QUALITY, Severity.NORMAL,
                    t.msg.text("rating.complaint", score, t.in.text() == null ? "" : t.in.text()), t.state.bookingId,
                    bookings.find(t.state.bookingId).map(b -> b.getWorkerId()).orElse(null), t.in.channel(),
                    Escalations.actor(t)));
            escalations.link(t, c);
            t.say("rating.low", score, c.getId().toString());
        } else {
            t.say("rating.thanks", score);
        }
        t.state.clearTask();
        Menu.offer(t);
    }

    private Optional<ServiceRecord> latestUnrated(Turn t) {
        List<ServiceRecord> recent = bookings.recentRecords(t.elder(), RECENT_DAYS);
        return recent.stream().filter(r -> r.getRating() == null).findFirst().or(() -> recent.stream().findFirst());
    }
}
