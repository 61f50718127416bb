package cn.yinling.hotline.cases.settlement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL for statements: the visits settled in a month with the names a statement prints, and the
 * ledger's CONSUME entries beside them. Portable SQL (H2 and PostgreSQL). The provider of a visit is
 * its work order's (dispatch), else its worker's, so a visit booked before dispatch existed still has one.
 */
@Repository
class StatementQueries {

    /** A visit as stored, before its policy is looked up. */
    record VisitRow(long bookingId, Long providerId, LocalDateTime startsAt, long elderId, String elderName,
            String idNumberMasked, String serviceName, int minutes, Long policyId, long coveredAmount, long subsidyFen,
            long elderPaysFen, Integer rating) {
    }

    /** What the ledger consumed for one booking, under the policy of the account it was consumed from. */
    record Consumed(long policyId, long amount) {
    }

    private static final String PROVIDER = "coalesce(wo.provider_id, w.provider_id)";

    private static final String VISITS = """
            select sr.booking_id, %s, b.starts_at, e.id, e.full_name, e.id_number_masked, s.name_zh,
                   sr.actual_minutes, a.policy_id, sr.covered_amount, sr.subsidy_fen, sr.elder_pays_fen, sr.rating
            from service_record sr
            join booking b on b.id = sr.booking_id
            join elder e on e.id = b.elder_id
            join service_item s on s.id = b.service_id
            left join worker w on w.id = b.worker_id
            left join work_order wo on wo.booking_id = b.id
            left join entitlement_account a on a.id = b.account_id
            where sr.settlement_month = ?""".formatted(PROVIDER);

    private final JdbcTemplate jdbc;

    StatementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<VisitRow> visits(YearMonth month, Long providerId) {
        String sql = VISITS + (providerId == null ? "" : " and " + PROVIDER + " = ?") + " order by b.starts_at, sr.booking_id";
        Object[] args = providerId == null ? new Object[] {month.atDay(1)} : new Object[] {month.atDay(1), providerId};
        return jdbc.query(sql, (rs, i) -> new VisitRow(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                rs.getObject(3, LocalDateTime.class), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getInt(8), rs.getObject(9, Long.class), rs.getLong(10), rs.getLong(11), rs.getLong(12),
                rs.getObject(13, Integer.class)), args);
    }

    /** The ledger's consumption, per booking, of the visits settled in the month (with the provider given, of its visits). */
    Map<Long, List<Consumed>> consumedFor(YearMonth month, Long providerId) {
        String sql = """
                select l.booking_id, a.policy_id, sum(l.amount)
                from ledger_entry l
                join entitlement_account a on a.id = l.account_id
                where l.kind = 'CONSUME' and l.booking_id in (
                    select sr.booking_id from service_record sr
                    join booking b on b.id = sr.booking_id
                    left join worker w on w.id = b.worker_id
                    left join work_order wo on wo.booking_id = b.id
                    where sr.settlement_month = ?%s)
                group by l.booking_id, a.policy_id""".formatted(providerId == null ? "" : " and " + PROVIDER + " = ?");
        Map<Long, List<Consumed>> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Consumed(rs.getLong(2), -rs.getLong(3)));
        }, args(month.atDay(1), providerId));
        return out;
    }

    /** Bookings that took place in the month with consumption in the ledger and no service record at all. */
    Map<Long, List<Consumed>> consumedWithoutRecord(YearMonth month, Long providerId) {
        String sql = """
                select l.booking_id, a.policy_id, sum(l.amount)
                from ledger_entry l
                join entitlement_account a on a.id = l.account_id
                join booking b on b.id = l.booking_id
                left join worker w on w.id = b.worker_id
                left join work_order wo on wo.booking_id = b.id
                where l.kind = 'CONSUME' and b.starts_at >= ? and b.starts_at < ?
                  and not exists (select 1 from service_record sr where sr.booking_id = b.id)%s
                group by l.booking_id, a.policy_id""".formatted(providerId == null ? "" : " and " + PROVIDER + " = ?");
        Map<Long, List<Consumed>> out = new HashMap<>();
        Object[] args = providerId == null
                ? new Object[] {month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay()}
                : new Object[] {month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(), providerId};
        jdbc.query(sql, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Consumed(rs.getLong(2), -rs.getLong(3)));
        }, args);
        return out;
    }

    /** Visits of the month still waiting to be recorded (requested, confirmed, dispatched or in service). */
    long unrecorded(YearMonth month) {
        return jdbc.queryForObject("""
                select count(*) from booking b
                where b.status in ('REQUESTED', 'CONFIRMED', 'DISPATCHED', 'IN_SERVICE') and b.starts_at >= ? and b.starts_at < ?""",
                Long.class, month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
    }

    /** Providers with a visit settled in the month. */
    List<Long> providersOf(YearMonth month) {
        return jdbc.queryForList("select distinct " + PROVIDER + """
                 from service_record sr
                join booking b on b.id = sr.booking_id
                left join worker w on w.id = b.worker_id
                left join work_order wo on wo.booking_id = b.id
                where sr.settlement_month = ? and """ + " " + PROVIDER + " is not null", Long.class, month.atDay(1));
    }

    private static Object[] args(LocalDate month, Long providerId) {
        return providerId == null ? new Object[] {month} : new Object[] {month, providerId};
    }
}
