package cn.yinling.hotline.console.queue;

import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.RealRedis;
import java.time.Duration;
import java.util.UUID;

/**
 * Two console nodes over one fresh database and the shared Redis, on a relay channel of their own
 * (other test runs on the same Redis number their cases from 1 too), both subscribed when started.
 */
record TwoConsoleNodes(ConsoleNode a, ConsoleNode b) implements AutoCloseable {

    static TwoConsoleNodes start() {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        String channel = "--hotline.console.relay.channel=hotline:test:console:" + UUID.randomUUID();
        ConsoleNode a = ConsoleNode.start(db, RealRedis.url(), channel);
        ConsoleNode b = ConsoleNode.start(db, RealRedis.url(), channel);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                a.bean(QueueRelay.class).listening() && b.bean(QueueRelay.class).listening());
        return new TwoConsoleNodes(a, b);
    }

    @Override
    public void close() {
        b.close();
        a.close();
    }
}
