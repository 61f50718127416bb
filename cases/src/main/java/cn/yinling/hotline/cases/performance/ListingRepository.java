package cn.yinling.hotline.cases.performance;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ListingRepository extends JpaRepository<Listing, Long> {

    List<Listing> findByStateInOrderByProposedAtDescIdDesc(Collection<ListingState> states);

    List<Listing> findBySubjectKindAndSubjectIdOrderByIdDesc(SubjectKind kind, long subjectId);

    boolean existsBySubjectKindAndSubjectIdAndListKindAndAssessedMonth(SubjectKind kind, long subjectId, ListKind list,
            LocalDate month);

    boolean existsBySubjectKindAndSubjectIdAndListKindAndStateIn(SubjectKind kind, long subjectId, ListKind list,
            Collection<ListingState> states);

    @Query("""
            select l from Listing l where l.listKind = cn.yinling.hotline.cases.performance.ListKind.BLACK
            and l.state = cn.yinling.hotline.cases.performance.ListingState.APPROVED
            and ((l.subjectKind = cn.yinling.hotline.cases.performance.SubjectKind.WORKER and l.subjectId = ?1)
              or (l.subjectKind = cn.yinling.hotline.cases.performance.SubjectKind.PROVIDER and l.subjectId = ?2))""")
    List<Listing> barring(long workerId, long providerId);

    @Query("""
            select l from Listing l where l.listKind = cn.yinling.hotline.cases.performance.ListKind.BLACK
            and l.state = cn.yinling.hotline.cases.performance.ListingState.APPROVED""")
    List<Listing> allBarring();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Listing l where l.id = ?1")
    Optional<Listing> lockById(long id);
}
