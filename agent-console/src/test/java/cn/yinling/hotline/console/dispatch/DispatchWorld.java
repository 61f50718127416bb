package cn.yinling.hotline.console.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.provider.ProviderDraft;
import cn.yinling.hotline.cases.provider.WorkerDraft;
import cn.yinling.hotline.cases.support.TestStreet;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A community of its own with providers, workers (numbered, with or without a mobile) and elders
 * with phones, for the dispatch console tests; visits booked as the phone books them.
 */
public final class DispatchWorld {

    private static final AtomicInteger NUMBER = new AtomicInteger(7300);

    private final ProviderDirectory directory;
    private final TestStreet street;
    private final Elders elders;
    private final Bookings bookings;
    public final String community;

    public DispatchWorld(ProviderDirectory directory, TestStreet street, Elders elders, Bookings bookings) {
        this.directory = directory;
        this.street = street;
        this.elders = elders;
        this.bookings = bookings;
        this.community = "派工社区" + UUID.randomUUID().toString().substring(0, 6);
    }

    public long provider(String name, String community) {
        ProviderDirectory.Outcome out = directory.saveProvider(null, new ProviderDraft(name, "张经理", "13905550000",
                "HT-1", "", "", List.of("HOUSEKEEPING"), "", community));
        assertThat(out.problems()).isEmpty();
        return out.id();
    }

    public long provider(String name) {
        return provider(name, community);
    }

    /** A housekeeping worker, every day 08:00–12:00; {@code mobile} may be null. */
    public long worker(long providerId, String name, String mobile) {
        ProviderDirectory.Outcome out = directory.saveWorker(null, new WorkerDraft(providerId,
                String.valueOf(NUMBER.incrementAndGet()), name, mobile, List.of("HOUSEKEEPING")));
        assertThat(out.problems()).isEmpty();
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(directory.addShift(out.id(), String.valueOf(d.getValue()), "08:00", "12:00").ok()).isTrue();
        }
        return out.id();
    }

    public Elder elder(String phone) {
        Elder e = street.elderWithPolicy(community, null);
        elders.addPhone(e.elderId(), phone);
        return e;
    }

    public Booking book(Elder e, LocalDateTime at) {
        return bookings.book(new BookingRequest(e.elderId(), "cleaning", at, 60, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
    }
}
