package cn.yinling.hotline.cases.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A booking, cancellation or move the rules do not allow. The reason is a stable code that
 * channels turn into words for the caller; {@code alternatives} are the nearest times that would work.
 */
public class BookingRefusedException extends RuntimeException {

    public enum Reason {
        UNKNOWN_ELDER, UNKNOWN_SERVICE, UNKNOWN_BOOKING, IN_THE_PAST, LEAD_TIME, NO_CAPACITY,
        INSUFFICIENT_BALANCE, NOT_CHANGEABLE, ALREADY_RECORDED,
        /** The elder already has a visit at that time that the catalog does not let this one overlap. */
        ELDER_BUSY,
        /** Further ahead than the catalog's booking horizon (a typo such as 2099, or simply too far). */
        BEYOND_HORIZON
    }

    /** For ELDER_BUSY: the elder's booking the requested time overlaps. */
    public record Clash(Long bookingId, String serviceCode, String serviceName, LocalDateTime startsAt,
            int durationMinutes) {

        public LocalDateTime endsAt() {
            return startsAt.plusMinutes(durationMinutes);
        }
    }

    private final Reason reason;
    private final transient List<LocalDateTime> alternatives;
    private final LocalDateTime earliestAllowed;
    private final transient Clash clash;
    private final LocalDate lastDay;

    public BookingRefusedException(Reason reason, String detail) {
        this(reason, detail, null, List.of());
    }

    public BookingRefusedException(Reason reason, String detail, LocalDateTime earliestAllowed,
            List<LocalDateTime> alternatives) {
        this(reason, detail, earliestAllowed, alternatives, null, null);
    }

    private BookingRefusedException(Reason reason, String detail, LocalDateTime earliestAllowed,
            List<LocalDateTime> alternatives, Clash clash, LocalDate lastDay) {
        super(reason + ": " + detail);
        this.lastDay = lastDay;
        this.reason = reason;
        this.earliestAllowed = earliestAllowed;
        this.alternatives = List.copyOf(alternatives);
        this.clash = clash;
    }

    /** ELDER_BUSY: the elder's clashing booking, and the nearest times both the elder and a worker are free. */
    public static BookingRefusedException elderBusy(Clash clash, LocalDateTime requested, List<LocalDateTime> alternatives) {
        return new BookingRefusedException(Reason.ELDER_BUSY, "elder has " + clash.serviceCode() + " (booking "
                + clash.bookingId() + ") " + clash.startsAt() + ".." + clash.endsAt() + ", overlapping " + requested,
                null, alternatives, clash, null);
    }

    /** BEYOND_HORIZON: the start asked for, and the last day the catalog lets anyone book. */
    public static BookingRefusedException beyondHorizon(LocalDateTime requested, LocalDate lastDay) {
        return new BookingRefusedException(Reason.BEYOND_HORIZON, requested + " is after the last bookable day " + lastDay,
                null, List.of(), null, lastDay);
    }

    /** For BEYOND_HORIZON: the last day that can be booked; null for every other reason. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public Reason reason() {
        return reason;
    }

    public List<LocalDateTime> alternatives() {
        return alternatives;
    }

    /** For LEAD_TIME: the first start the lead time allows. */
    public LocalDateTime earliestAllowed() {
        return earliestAllowed;
    }

    /** For ELDER_BUSY: the booking in the way; null for every other reason. */
    public Clash clash() {
        return clash;
    }
}
