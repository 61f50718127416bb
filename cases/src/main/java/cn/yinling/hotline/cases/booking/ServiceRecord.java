package cn.yinling.hotline.cases.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** What was actually done on a visit, confirmed by the elder; it turns the booking's hold into consumption. */
@Entity
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long bookingId;
    private int actualMinutes;
    private boolean confirmedByElder;
    private long coveredAmount;
    private long elderPaysFen;
    private String note;
    private Instant recordedAt;
    private LocalDate settlementMonth;
    private long subsidyFen;
    private Integer rating;
    private Instant ratedAt;

    protected ServiceRecord() {
    }

    ServiceRecord(Long bookingId, int actualMinutes, boolean confirmedByElder, long coveredAmount, long subsidyFen,
            long elderPaysFen, YearMonth settlementMonth, String note, Instant recordedAt) {
        this.subsidyFen = subsidyFen;
        this.settlementMonth = settlementMonth.atDay(1);
        this.bookingId = bookingId;
        this.actualMinutes = actualMinutes;
        this.confirmedByElder = confirmedByElder;
        this.coveredAmount = coveredAmount;
        this.elderPaysFen = elderPaysFen;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public int getActualMinutes() {
        return actualMinutes;
    }

    public boolean isConfirmedByElder() {
        return confirmedByElder;
    }

    /** Covered by the subsidy, in the policy's unit. */
    public long getCoveredAmount() {
        return coveredAmount;
    }

    /** Billed to the elder: the part beyond the entitlement. */
    public long getElderPaysFen() {
        return elderPaysFen;
    }

    /** What the government pays the provider for the covered part, in fen (see SubsidyPolicy.subsidyFen). */
    public long getSubsidyFen() {
        return subsidyFen;
    }

    /** The month whose statement carries this visit: its own, or the next open one if its own was closed. */
    public YearMonth getSettlementMonth() {
        return YearMonth.from(settlementMonth);
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    void rate(int stars, Instant at) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5");
        }
        this.rating = stars;
        this.ratedAt = at;
    }
}
