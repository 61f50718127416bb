package cn.yinling.hotline.cases.settlement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One calendar month of the centre's settlement with providers, and who closed it when. */
@Entity
public class SettlementMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate monthStart;
    @Enumerated(EnumType.STRING)
    private MonthState state;
    private Instant closedAt;
    private String closedBy;
    private String figuresDigest;
    @Version
    private long version;

    protected SettlementMonth() {
    }

    SettlementMonth(YearMonth month) {
        this.monthStart = month.atDay(1);
        this.state = MonthState.OPEN;
    }

    void close(String actor, String digest, Instant now) {
        if (!state.canBecome(MonthState.CLOSED)) {
            throw new MonthClosedException(month());
        }
        this.state = MonthState.CLOSED;
        this.closedBy = actor;
        this.closedAt = now;
        this.figuresDigest = digest;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public MonthState getState() {
        return state;
    }

    public boolean isClosed() {
        return state == MonthState.CLOSED;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getFiguresDigest() {
        return figuresDigest;
    }
}
