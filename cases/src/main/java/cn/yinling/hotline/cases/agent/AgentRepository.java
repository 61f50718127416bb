package cn.yinling.hotline.cases.agent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentRepository extends JpaRepository<Agent, Long> {

    Optional<Agent> findByUsername(String username);

    Optional<Agent> findByQueueInterface(String queueInterface);

    List<Agent> findAllByOrderByUsernameAsc();
}
