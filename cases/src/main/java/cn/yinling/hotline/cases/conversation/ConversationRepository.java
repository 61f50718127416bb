package cn.yinling.hotline.cases.conversation;

import cn.yinling.hotline.cases.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationRepository extends JpaRepository<Conversation, Long> {

    List<Conversation> findByElderIdOrderByStartedAtAsc(Long elderId);

    List<Conversation> findByCaseId(Long caseId);

    Optional<Conversation> findFirstByChannelAndSenderOrderByIdDesc(Channel channel, String sender);
}
