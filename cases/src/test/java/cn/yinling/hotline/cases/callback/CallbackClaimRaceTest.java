package cn.yinling.hotline.cases.callback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.Race;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nodes deciding at the same moment who is at the front of the line: with one free agent and
 * callbacks waiting, four nodes together dial exactly one, and never the same one twice.
 */
class CallbackClaimRaceTest extends CasesSpringTest {

    @Autowired
    Callbacks callbacks;
    @Autowired
    Cases cases;

    @BeforeEach
    void anEmptyLine() {
        for (Callback c : callbacks.open()) {
            if (c.getState() == CallbackState.DIALING) {
                callbacks.notPlaced(c.callbackId());
            }
            if (c.getState() != CallbackState.ANSWERED) {
                callbacks.cancel(c.callbackId(), "test");
            }
        }
    }

    @Test
    void fourNodesAtOnceDialOneCallbackForOneFreeAgent() throws Exception {
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        for (int i = 0; i < 3; i++) {
            callbacks.request(cases.openHandoff(elder.elderId(), "转人工", Priority.HIGH, Channel.VOICE, "test").caseId(),
                    elder.elderId(), "1374444000" + i, Priority.HIGH, null);
        }
        List<DueCallback> claimed = new CopyOnWriteArrayList<>();
        Race.race(4, i -> claimed.addAll(callbacks.claimAtFront(new QueueFront(List.of(), 1, 1), "node-" + i)));

        assertThat(claimed).hasSize(1);
        assertThat(callbacks.open().stream().filter(c -> c.getState() == CallbackState.DIALING)).hasSize(1);
    }
}
