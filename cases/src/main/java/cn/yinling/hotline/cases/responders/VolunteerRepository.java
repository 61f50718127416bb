package cn.yinling.hotline.cases.responders;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    List<Volunteer> findByTeamIdOrderByFullNameAsc(Long teamId);

    List<Volunteer> findByActiveTrueOrderByFullNameAsc();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volunteer v where v.id = :id")
    Optional<Volunteer> lockById(Long id);
}
