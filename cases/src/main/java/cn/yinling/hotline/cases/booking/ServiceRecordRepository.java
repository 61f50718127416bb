package cn.yinling.hotline.cases.booking;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {

    Optional<ServiceRecord> findByBookingId(Long bookingId);

    java.util.List<ServiceRecord> findByBookingIdInOrderByRecordedAtDesc(java.util.Collection<Long> bookingIds);
}
