package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.RegisteredPhone;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases by a {@link CaseSearch}, newest first, one page at a time with the total count. One
 * query (and its count) with sub-selects for the elder's name and phone numbers: plain SQL that H2
 * and PostgreSQL run alike; names and numbers are matched literally ({@code %} and {@code _} are
 * escaped), a number by its whole digits or by its last four.
 */
@Service
public class CaseSearches {

    /** Escape character of every LIKE here. */
    private static final char ESCAPE = '\\';

    private final CareCaseRepository cases;

    CaseSearches(CareCaseRepository cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public Page<CareCase> find(CaseSearch search, int page, int size) {
        return cases.findAll(specification(search),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }

    static Specification<CareCase> specification(CaseSearch s) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (s.caseId() != null) {
                all.add(cb.equal(root.get("id"), s.caseId()));
            }
            if (s.elderName() != null && !s.elderName().isBlank()) {
                Subquery<Long> named = query.subquery(Long.class);
                Root<Elder> e = named.from(Elder.class);
                named.select(e.get("id")).where(cb.like(e.get("fullName"), contains(s.elderName()), ESCAPE));
                all.add(root.get("elderId").in(named));
            }
            if (s.phone() != null && !s.phone().isBlank()) {
                all.add(byPhone(s, root, query, cb));
            }
            if (!s.statuses().isEmpty()) {
                all.add(root.get("status").in(s.statuses()));
            }
            if (s.type() != null) {
                all.add(cb.equal(root.get("type"), s.type()));
            }
            if (s.assigneeId() != null) {
                all.add(cb.equal(root.get("assigneeId"), s.assigneeId()));
            }
            if (s.channel() != null) {
                all.add(cb.equal(root.get("channel"), s.channel()));
            }
            if (s.openedFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("createdAt"), s.openedFrom()));
            }
            if (s.openedTo() != null) {
                all.add(cb.lessThan(root.get("createdAt"), s.openedTo()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The elder's own numbers, their family's (a daughter calling about her mother), or the caller's on a case opened by hand. */
    private static Predicate byPhone(CaseSearch s, Root<CareCase> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
        String digits = s.phone();
        String pattern = s.byLastFour() ? "%" + digits : digits;

        Subquery<Long> elders = query.subquery(Long.class);
        Root<RegisteredPhone> own = elders.from(RegisteredPhone.class);
        elders.select(own.get("elderId")).where(cb.isNotNull(own.get("elderId")), number(cb, own, pattern, s));

        Subquery<Long> families = query.subquery(Long.class);
        Root<FamilyContact> family = families.from(FamilyContact.class);
        Subquery<Long> familyPhones = query.subquery(Long.class);
        Root<RegisteredPhone> theirs = familyPhones.from(RegisteredPhone.class);
        familyPhones.select(theirs.get("familyContactId"))
                .where(cb.isNotNull(theirs.get("familyContactId")), number(cb, theirs, pattern, s));
        families.select(family.get("elderId")).where(family.get("id").in(familyPhones));

        Predicate caller = s.byLastFour() ? cb.like(root.get("callerPhone"), pattern, ESCAPE)
                : cb.equal(root.get("callerPhone"), digits);
        return cb.or(root.get("elderId").in(elders), root.get("elderId").in(families), caller);
    }

    private static Predicate number(CriteriaBuilder cb, Root<RegisteredPhone> phone, String pattern, CaseSearch s) {
        return s.byLastFour() ? cb.like(phone.get("number"), pattern, ESCAPE) : cb.equal(phone.get("number"), pattern);
    }

    private static String contains(String text) {
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
