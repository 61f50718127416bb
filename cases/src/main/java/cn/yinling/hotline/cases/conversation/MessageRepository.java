package cn.yinling.hotline.cases.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByConversationIdOrderByAtAscIdAsc(Long conversationId);

    List<Message> findByConversationIdAndAgentIdIsNotNullAndIdGreaterThanOrderByIdAsc(Long conversationId,
            Long afterId);

    @Query("select m from Message m where m.conversationId = :conversationId and (m.id > :afterId or m.at >= :since)"
            + " order by m.id")
    List<Message> findNewOrRecent(Long conversationId, Long afterId, Instant since);

    List<Message> findByConversationIdInOrderByAtAscIdAsc(Collection<Long> conversationIds);
}
