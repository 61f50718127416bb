package cn.yinling.hotline.cases.sms;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TextMessageRepository extends JpaRepository<TextMessage, Long> {

    List<TextMessage> findByReferenceOrderById(String reference);

    List<TextMessage> findByReferenceInOrderById(Collection<String> references);

    List<TextMessage> findTop200ByOrderByIdDesc();

    List<TextMessage> findTop200ByStateOrderByIdDesc(TextMessageState state);

    long countByState(TextMessageState state);
}
