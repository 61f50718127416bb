package cn.yinling.hotline.cases.outbound;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboundCallTokenRepository extends JpaRepository<OutboundCallToken, String> {

    @Modifying
    @Query(value = "insert into outbound_call_token (token_hash, script, subject, issued_at, expires_at)"
            + " values (?1, ?2, ?3, ?4, ?5)", nativeQuery = true)
    void insert(String tokenHash, String script, String subject, Instant issuedAt, Instant expiresAt);

    /** Deletes the token if it is valid for this call: 1 for the one node that gets it, 0 for everyone else. */
    @Modifying
    @Query("delete from OutboundCallToken t where t.tokenHash = ?1 and t.script = ?2 and t.subject = ?3"
            + " and t.expiresAt > ?4")
    int redeem(String tokenHash, String script, String subject, Instant now);

    @Modifying
    @Query("delete from OutboundCallToken t where t.expiresAt < ?1")
    int deleteExpiredBefore(Instant instant);
}
