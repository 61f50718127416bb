package cn.yinling.hotline.cases.conversation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationRepository extends JpaRepository<Conversation, Long> {

    List<Conversation> findByElderIdOrderByStartedAtAsc(Long elderId);

    List<Conversation> findByCaseId(Long caseId);
}
