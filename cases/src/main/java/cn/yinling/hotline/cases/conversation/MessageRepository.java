package cn.yinling.hotline.cases.conversation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByConversationIdOrderByAtAscIdAsc(Long conversationId);

    List<Message> findByConversationIdAndAgentIdIsNotNullAndIdGreaterThanOrderByIdAsc(Long conversationId,
            Long afterId);

    List<Message> findByConversationIdAndIdGreaterThanOrderByIdAsc(Long conversationId, Long afterId);

    List<Message> findByConversationIdInOrderByAtAscIdAsc(Collection<Long> conversationIds);
}
