package cn.yinling.hotline.console.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditEntryRepository;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Agents find an elder by name, phone in any spelling or community, open the record, and each look is audited. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ElderDirectoryTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditEntryRepository auditEntries;

    @Test
    void aPhoneNumberWrittenAnyWayFindsTheElder() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Elder elder = elderNamed("赵桂兰" + SEQ.incrementAndGet());
        String phone = uniqueMobile();
        elders.addPhone(elder.elderId(), phone);
        String spelled = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7);

        mvc.perform(get("/console/elders").param("q", spelled).with(as(li)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(elder.getFullName())))
                .andExpect(content().string(containsString("/console/elders/" + elder.getId())));
    }

    @Test
    void aNameOrACommunityFindsTheElder() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        String community = street.newCommunity();
        Elder elder = street.elder(street.household(community, Registration.URBAN), "钱淑珍" + SEQ.incrementAndGet());

        mvc.perform(get("/console/elders").param("q", elder.getFullName()).with(as(li)))
                .andExpect(content().string(containsString(community)));
        mvc.perform(get("/console/elders").param("q", community).with(as(li)))
                .andExpect(content().string(containsString(elder.getFullName())));
    }

    @Test
    void nothingFoundIsSaidPlainly() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        mvc.perform(get("/console/elders").param("q", "查无此人" + SEQ.incrementAndGet()).with(as(li)))
                .andExpect(content().string(containsString("没有找到符合条件的老人。")));
        mvc.perform(get("/console/elders").with(as(li)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("没有找到符合条件的老人。"))));
    }

    @Test
    void openingARecordShowsItsCasesAndIsAudited() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Elder elder = elderNamed("孙玉梅" + SEQ.incrementAndGet());
        cases.openHandoff(elder.elderId(), "想问补贴怎么用", Priority.NORMAL, Channel.VOICE, "bot");

        mvc.perform(get("/console/elders/{id}", elder.getId()).with(as(li)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(elder.getFullName())))
                .andExpect(content().string(containsString("想问补贴怎么用")))
                .andExpect(content().string(containsString(elder.idNumber().value())));

        assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(li.getUsername());
            assertThat(e.getAction()).isEqualTo(AuditEntry.Action.VIEW);
            assertThat(e.getDetail()).isEqualTo("查看老人档案");
        });
    }

    @Test
    void aSearchIsAuditedWithWhatWasAsked() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        String query = "周秀兰" + SEQ.incrementAndGet();

        mvc.perform(get("/console/elders").param("q", query).with(as(li))).andExpect(status().isOk());

        assertThat(auditEntries.findAll()).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(li.getUsername());
            assertThat(e.getDetail()).contains(query);
        });
    }

    @Test
    void fullWidthDigitsAndANameTypedWithASpaceFindTheElder() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Elder elder = elderNamed("吴凤英" + SEQ.incrementAndGet());
        String phone = uniqueMobile();
        elders.addPhone(elder.elderId(), phone);
        StringBuilder fullWidth = new StringBuilder();
        phone.chars().forEach(c -> fullWidth.append((char) (c - '0' + '０')));

        mvc.perform(get("/console/elders").param("q", fullWidth.toString()).with(as(li)))
                .andExpect(content().string(containsString(elder.getFullName())));
        String spaced = elder.getFullName().charAt(0) + " " + elder.getFullName().substring(1);
        mvc.perform(get("/console/elders").param("q", spaced).with(as(li)))
                .andExpect(content().string(containsString("/console/elders/" + elder.getId())));
    }

    @Test
    void percentAndUnderscoreAreLettersNotWildcards() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        elderNamed("郑丽华" + SEQ.incrementAndGet());
        for (String wildcard : new String[] {"%", "_", "郑%华", "郑__"}) {
            mvc.perform(get("/console/elders").param("q", wildcard).with(as(li)))
                    .andExpect(content().string(containsString("没有找到符合条件的老人。")));
        }
    }

    @Test
    void theListMasksPhonesAndHouseNumbersWhichTheRecordShowsWhole() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Elder elder = elderNamed("冯淑英" + SEQ.incrementAndGet());
        String phone = uniqueMobile();
        elders.addPhone(elder.elderId(), phone);
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);

        mvc.perform(get("/console/elders").param("q", elder.getFullName()).with(as(li)))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString(elder.getAddress()))));
        mvc.perform(get("/console/elders/{id}", elder.getId()).with(as(li)))
                .andExpect(content().string(containsString(elder.getAddress())));
    }

    @Test
    void moreThanFiftyFoundIsSaid() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        String community = street.newCommunity();
        for (int i = 0; i < ElderDirectory.MOST_RESULTS + 1; i++) {
            street.elder(street.household(community, Registration.URBAN), "褚" + SEQ.incrementAndGet());
        }
        mvc.perform(get("/console/elders").param("q", community).with(as(li)))
                .andExpect(content().string(containsString("超过50位")));
    }

    @Test
    void anUnknownElderIsNotFound() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        mvc.perform(get("/console/elders/{id}", 987654321L).with(as(li)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到这位老人的档案。")));
    }

    @Test
    void theDirectoryIsClosedToAnonymousVisitors() throws Exception {
        mvc.perform(get("/console/elders").param("q", "王")).andExpect(redirectedUrl("/login"));
    }

    private Elder elderNamed(String name) {
        return street.elder(street.household(street.newCommunity(), Registration.URBAN), name);
    }

    private static String uniqueMobile() {
        return "137" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
    }

    private static RequestPostProcessor as(Agent agent) {
        return user(agent.getUsername()).roles(agent.getRole().name());
    }
}
