package cn.yinling.hotline.cases.cannedreply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CannedReplyRepository extends JpaRepository<CannedReply, Long> {

    /** The shared replies and the agent's own, by shortcut (shared first on a tie). */
    @Query("select r from CannedReply r where r.ownerAgentId is null or r.ownerAgentId = ?1 "
            + "order by r.shortcut, r.ownerAgentId nulls first")
    List<CannedReply> visibleTo(Long agentId);

    List<CannedReply> findByOwnerAgentIdIsNullAndShortcut(String shortcut);

    List<CannedReply> findByOwnerAgentIdAndShortcut(Long ownerAgentId, String shortcut);
}
