package cn.yinling.hotline.cases.elder;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ElderRepository extends JpaRepository<Elder, Long> {

    List<Elder> findByHouseholdId(Long householdId);

    /** {@code q} is matched literally: escape {@code \\}, {@code %} and {@code _} with a backslash first. */
    @Query("""
            select e from Elder e where e.fullName like concat('%', :q, '%') escape '\\'
            or e.community like concat('%', :q, '%') escape '\\' order by e.fullName, e.id""")
    List<Elder> search(String q, Pageable page);

    List<Elder> findByLivingSituation(LivingSituation livingSituation);

    Optional<Elder> findByIdNumberDigest(String idNumberDigest);

    /**
     * SELECT … FOR UPDATE: serialises the booking changes of one elder (whether or not a subsidy
     * account exists to lock), so two overlapping visits cannot both pass the check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Elder e where e.id = :id")
    Optional<Elder> lockById(Long id);
}
