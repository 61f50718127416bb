package cn.yinling.hotline.cases.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes claiming the same due check-ins at the same moment: every attempt is claimed by
 * exactly one of them, on whichever database the subclass runs.
 */
abstract class CheckinClaimRaceTest extends CasesSpringTest {

    private static final int ELDERS = 60;
    private static final int BATCH = 4;

    @Autowired
    Checkins checkins;
    @Autowired
    Elders elders;

    @Test
    void twoNodesClaimingAtOnceCallEachElderExactlyOnce() throws Exception {
        clock.advance(Duration.ofDays(900));
        LocalDate day = checkins.today();
        List<ElderId> ours = new ArrayList<>();
        for (int i = 0; i < ELDERS; i++) {
            Elder e = street.elder(street.household(community, Registration.URBAN), "王秀英");
            ours.add(elders.update(e.elderId(), x -> x.setCheckinTime(LocalTime.of(9, 0))).elderId());
        }
        checkins.planDay(day);
        clock.set(day.atTime(9, 0));

        ConcurrentLinkedQueue<String> claims = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                done.add(nodes.submit(() -> {
                    start.await();
                    List<DueCheckin> got;
                    while (!(got = checkins.claimDue(node, BATCH)).isEmpty()) {
                        got.forEach(d -> claims.add(node + ":" + d.id()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        List<String> ids = claims.stream().map(c -> c.substring(c.indexOf(':') + 1)).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (ElderId elder : ours) {
            assertThat(checkins.ofElder(elder, day)).singleElement().satisfies(a -> {
                assertThat(a.getState()).isEqualTo(CheckinState.CALLING);
                assertThat(ids).containsOnlyOnce(a.getId().toString());
                assertThat(claims).contains(a.getClaimedBy() + ":" + a.getId());
            });
        }
        if (nodesShareTheWork()) {
            assertThat(claims).as("both nodes took part").anyMatch(c -> c.startsWith("node-a"))
                    .anyMatch(c -> c.startsWith("node-b"));
        }
    }

    /**
     * Whether the database skips locked rows before applying the limit, so a node finds the next
     * due rows while another holds the first ones (PostgreSQL). H2 applies the limit first and may
     * hand the second node nothing this round; correct, only less parallel.
     */
    protected boolean nodesShareTheWork() {
        return false;
    }
}
