package cn.yinling.hotline.cases.elder;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

    Optional<Household> findFirstByAddressAndStreetAndCommunityOrderByIdAsc(String address, String street, String community);
}
