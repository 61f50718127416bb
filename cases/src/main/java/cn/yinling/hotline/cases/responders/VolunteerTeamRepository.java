package cn.yinling.hotline.cases.responders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerTeamRepository extends JpaRepository<VolunteerTeam, Long> {

    List<VolunteerTeam> findAllByOrderByCommunityAscNameAsc();
}
