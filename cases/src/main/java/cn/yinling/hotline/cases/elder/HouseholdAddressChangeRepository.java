package cn.yinling.hotline.cases.elder;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdAddressChangeRepository extends JpaRepository<HouseholdAddressChange, Long> {

    long countByHouseholdIdAndChangedOnBetween(Long householdId, LocalDate from, LocalDate to);
}
