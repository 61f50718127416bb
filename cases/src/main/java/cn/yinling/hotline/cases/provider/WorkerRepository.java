package cn.yinling.hotline.cases.provider;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface WorkerRepository extends JpaRepository<Worker, Long> {

    List<Worker> findByProviderIdInAndActiveTrueOrderById(List<Long> providerIds);

    List<Worker> findByProviderIdOrderByActiveDescFullNameAsc(Long providerId);

    List<Worker> findAllByOrderByActiveDescFullNameAsc();

    Optional<Worker> findByWorkerNumber(String workerNumber);

    /** Serialises capacity checks of one worker across transactions and nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Worker w where w.id = :id")
    Optional<Worker> lockById(Long id);
}
