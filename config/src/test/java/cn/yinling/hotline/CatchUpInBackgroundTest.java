package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.app.security.Visitor;
import cn.yinling.hotline.cases.DemoStreetLoad;
import cn.yinling.hotline.cases.elder.ElderRepository;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A first start of the shipped configuration: the demo street loads in the background while the
 * hotline already answers health, chats and the console, which says the demo data is still loading.
 * The test holds the catch-up until it has looked, then runs it and finds the street and no banner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:catch-up-in-background;DB_CLOSE_DELAY=-1",
            "hotline.cases.demo-data=true", "hotline.cases.catch-up-in-background=true"})
class CatchUpInBackgroundTest {

    static final String BANNER = "演示数据正在载入";
    static final List<Runnable> HELD = new CopyOnWriteArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    ElderRepository elders;
    @Autowired
    DemoStreetLoad load;
    @TestBean(name = "caseDatabaseCatchUp")
    Executor caseDatabaseCatchUp;

    static Executor caseDatabaseCatchUp() {
        return HELD::add;
    }

    @Test
    void answersWhileTheDemoStreetLoadsAndTheConsoleSaysSoUntilItIsThere() throws Exception {
        assertThat(HELD).as("the catch-up, handed to its thread").hasSize(1);
        assertThat(load.loading()).isTrue();
        assertThat(elders.count()).isZero();
        assertThat(Http.get(port, "/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(Http.postJson(port, "/api/chat", "{\"event\":\"start\"}").statusCode()).isEqualTo(200);
        Visitor agent = new Visitor(port);
        assertThat(agent.signIn("agent1", "yinling-demo")).as("the demo accounts exist at once").isTrue();
        assertThat(agent.get("/console/queue").body()).contains(BANNER);

        Thread catchUp = new Thread(HELD.get(0), "case-database-catch-up");
        catchUp.start();
        catchUp.join();

        assertThat(load.loading()).isFalse();
        assertThat(elders.count()).isEqualTo(200);
        assertThat(agent.get("/console/queue").body()).doesNotContain(BANNER);
    }
}
