package cn.yinling.hotline.console.elderimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.elderimport.ElderImport;
import cn.yinling.hotline.cases.elderimport.ImportReport;
import cn.yinling.hotline.cases.elderimport.RowReport;
import cn.yinling.hotline.cases.elderimport.RowReport.Outcome;
import cn.yinling.hotline.cases.support.IdNumbers;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Importing an elder database: a roster of a few hundred rows with every kind of bad row is checked
 * (nothing written), imported (bad rows skipped and reported, the rest written, households formed),
 * imported again (nothing changes) and imported edited (the elder is updated, never duplicated); as
 * .xlsx and as CSV; only by supervisors and admins, never without the CSRF token.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ElderImportTest {

    static final AtomicLong PHONE = new AtomicLong(15900000000L + System.nanoTime() % 9_000_000L);
    static final int GOOD_ROWS = 280;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    ImportFileReader reader;
    @Autowired
    ElderImport elderImport;
    @Autowired
    ElderRepository elderRows;
    @Autowired
    Elders elders;
    @Autowired
    AdlAssessments assessments;
    @Autowired
    AuditTrail audit;

    Agent supervisor;
    String community;
    String run;

    @BeforeEach
    void aSupervisor() {
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "主管 王芳");
        run = UUID.randomUUID().toString().substring(0, 6);
        community = "采石社区" + run;
    }

    static String mobile() {
        return String.valueOf(PHONE.getAndIncrement());
    }

    static LocalDate born(int i) {
        return LocalDate.of(1935, 1, 1).plusDays(i * 7L + System.nanoTime() % 5);
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    Map<String, Object> good(Roster roster, int i) {
        return roster.add("姓名", "老人" + run + "-" + i, "身份证号", IdNumbers.fresh(born(i), i % 2 == 0),
                "户籍(城镇/农村)", i % 3 == 0 ? "农村" : "城镇", "街道", "雨山街道", "社区", community,
                "住址", "湖东路" + i + "号", "电话", mobile() + "、" + mobile(), "居住情况(独居/空巢/与家人同住)", "独居",
                "低保", i % 4 == 0 ? "√" : "", "三无", "否", "每日问安时间", "9:30",
                "进食需帮助", "是", "翻身需帮助", "否", "如厕需帮助", "是", "穿衣洗漱需帮助", "是", "行走需帮助", "否",
                "评估日期", "2024/3/5", "评估人", "张医生",
                "家属1姓名", "子" + i, "家属1关系", "儿子", "家属1电话", mobile(), "家属1同意通知", "是");
    }

    ImportReport check(ImportFile file) {
        return elderImport.check(file.columns(), file.rows());
    }

    ImportReport importIt(ImportFile file) {
        return elderImport.run(file.columns(), file.rows(), supervisor.getUsername(), r -> { });
    }

    static RowReport row(ImportReport report, int number) {
        return report.rows().stream().filter(r -> r.row() == number).findFirst().orElseThrow();
    }

    static List<String> codes(RowReport r) {
        return r.problems().stream().map(p -> p.column().header() + ":" + p.code()).toList();
    }

    @Nested
    class ARosterOfAFewHundredRows {

        Roster roster = Roster.full();
        Map<String, Integer> bad = new java.util.LinkedHashMap<>();
        String onFileId;
        ElderId onFile;
        String takenPhone;

        @BeforeEach
        void withEveryKindOfBadRow() {
            takenPhone = mobile();
            onFileId = IdNumbers.fresh(LocalDate.of(1944, 4, 4), true);
            Roster first = Roster.full();
            Map<String, Object> earlier = good(first, 999);
            earlier.put("身份证号", onFileId);
            earlier.put("姓名", "王秀英");
            earlier.put("电话", takenPhone);
            assertThat(importIt(reader.read("first.xlsx", first.xlsx())).count(Outcome.NEW)).isEqualTo(1);
            onFile = elders.findByPhone(takenPhone).orElseThrow().actsFor().get(0).elderId();

            for (int i = 0; i < GOOD_ROWS; i++) {
                Map<String, Object> r = good(roster, i);
                if (i < 10) {
                    r.put("户号", "H" + run + "-" + (i / 2));
                } else if (i < 20) {
                    r.put("住址", "湖东路同住" + (i / 2) + "号");
                }
            }
            String validId = IdNumbers.fresh(born(500), true);
            badRow("checkDigit", r -> r.put("身份证号", validId.substring(0, 17) + (validId.charAt(17) == '1' ? "2" : "1")));
            badRow("noName", r -> r.put("姓名", ""));
            badRow("registration", r -> r.put("户籍(城镇/农村)", "城乡结合"));
            badRow("phone", r -> r.put("电话", "12345"));
            badRow("duplicateId", r -> r.put("身份证号", roster.rows.get(5).get("身份证号")));
            badRow("scientific", r -> r.put("身份证号", "3.40504E+17"));
            badRow("taken", r -> r.put("电话", takenPhone));
            badRow("phoneInFile", r -> r.put("家属1电话", roster.rows.get(7).get("家属1电话")));
            badRow("yesNo", r -> r.put("残疾", "不详"));
            badRow("adlDate", r -> r.put("评估日期", "去年"));
            badRow("living", r -> r.put("居住情况(独居/空巢/与家人同住)", ""));
            badRow("checkin", r -> r.put("每日问安时间", "上午"));
            badRow("family", r -> r.put("家属1关系", ""));
            Map<String, Object> renamed = good(roster, 900);
            renamed.put("身份证号", onFileId);
            renamed.put("电话", takenPhone + "；" + mobile());
            bad.put("renamed", roster.rows.size() - 1);
        }

        void badRow(String kind, java.util.function.Consumer<Map<String, Object>> spoil) {
            spoil.accept(good(roster, 600 + bad.size()));
            bad.put(kind, roster.rows.size() - 1);
        }

        int rowOf(String kind) {
            return roster.rowNumber(bad.get(kind));
        }

        @Test
        void theDryRunReportsEveryBadRowByRowAndColumnAndWritesNothing() {
            long before = elderRows.count();
            ImportReport report = check(reader.read("roster.xlsx", roster.xlsx()));

            assertThat(elderRows.count()).isEqualTo(before);
            assertThat(report.written()).isFalse();
            assertThat(report.rows()).hasSize(GOOD_ROWS + bad.size());
            assertThat(codes(row(report, rowOf("checkDigit")))).containsExactly("身份证号:idNumber.CHECK_DIGIT");
            assertThat(codes(row(report, rowOf("noName")))).containsExactly("姓名:fullName.missing");
            assertThat(codes(row(report, rowOf("registration")))).containsExactly("户籍(城镇/农村):import.registration.unknown");
            assertThat(codes(row(report, rowOf("phone")))).containsExactly("电话:phones.invalid");
            assertThat(codes(row(report, rowOf("duplicateId")))).containsExactly("身份证号:import.idNumber.twice");
            assertThat(row(report, rowOf("duplicateId")).problems().get(0).args()).containsExactly(
                    String.valueOf(roster.rowNumber(5)));
            assertThat(codes(row(report, rowOf("scientific")))).containsExactly("身份证号:import.idNumber.scientific");
            assertThat(codes(row(report, rowOf("taken")))).containsExactly("电话:phones.taken");
            assertThat(codes(row(report, rowOf("phoneInFile")))).containsExactly("家属1电话:import.phones.inFile");
            assertThat(codes(row(report, rowOf("yesNo")))).containsExactly("残疾:import.yesNo.unknown");
            assertThat(codes(row(report, rowOf("adlDate")))).containsExactly("评估日期:adl.DATE_INVALID");
            assertThat(codes(row(report, rowOf("living")))).containsExactly(
                    "居住情况(独居/空巢/与家人同住):livingSituation.missing");
            assertThat(codes(row(report, rowOf("checkin")))).containsExactly("每日问安时间:checkinTime.invalid");
            assertThat(codes(row(report, rowOf("family")))).containsExactly("家属1关系:family.relation");

            RowReport renamed = row(report, rowOf("renamed"));
            assertThat(renamed.outcome()).isEqualTo(Outcome.UPDATE);
            assertThat(renamed.elderId()).isEqualTo(onFile);
            assertThat(renamed.changes()).extracting(c -> c.header()).contains("姓名", "电话");
            assertThat(renamed.notes()).extracting(n -> n.code()).containsExactly("import.address.kept");
            assertThat(report.count(Outcome.NEW)).isEqualTo(GOOD_ROWS);
            assertThat(report.count(Outcome.SKIPPED)).isEqualTo(bad.size() - 1);
            assertThat(row(report, roster.rowNumber(1)).householdWithRow()).isEqualTo(roster.rowNumber(0));
            assertThat(row(report, roster.rowNumber(11)).householdWithRow()).isEqualTo(roster.rowNumber(10));
            assertThat(row(report, roster.rowNumber(20)).householdWithRow()).isZero();
        }

        @Test
        void theImportWritesTheGoodRowsFormsHouseholdsAndAReimportChangesNothing() {
            ImportFile file = reader.read("roster.xlsx", roster.xlsx());
            long before = elderRows.count();
            ImportReport report = importIt(file);

            assertThat(report.written()).isTrue();
            assertThat(elderRows.count()).isEqualTo(before + GOOD_ROWS);
            assertThat(report.count(Outcome.SKIPPED)).isEqualTo(bad.size() - 1);
            Elder first = elders.get(row(report, roster.rowNumber(0)).elderId());
            Elder second = elders.get(row(report, roster.rowNumber(1)).elderId());
            Elder third = elders.get(row(report, roster.rowNumber(2)).elderId());
            assertThat(second.getHouseholdId()).as("same 户号").isEqualTo(first.getHouseholdId());
            assertThat(second.getAddress()).as("the household's address").isEqualTo(first.getAddress());
            assertThat(third.getHouseholdId()).isNotEqualTo(first.getHouseholdId());
            assertThat(elders.get(row(report, roster.rowNumber(11)).elderId()).getHouseholdId())
                    .as("same address, same community").isEqualTo(elders.get(row(report, roster.rowNumber(10)).elderId()).getHouseholdId());
            assertThat(first.getRegistration()).isEqualTo(Registration.RURAL);
            assertThat(first.getLivingSituation()).isEqualTo(LivingSituation.ALONE);
            assertThat(first.getFlags().dibao()).isTrue();
            assertThat(first.getAdl().itemsNeedingHelp()).isEqualTo(3);
            assertThat(first.getAdlAssessedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(first.getCheckinTime()).hasToString("09:30");
            assertThat(elders.phonesOf(first.elderId())).hasSize(2);
            assertThat(elders.familyOf(first.elderId())).singleElement()
                    .satisfies(f -> assertThat(f.isNotifyConsent()).isTrue());
            assertThat(first.idNumber().value()).doesNotContain(((String) roster.rows.get(0).get("身份证号")).substring(6, 14));
            Elder renamed = elders.get(onFile);
            assertThat(renamed.getFullName()).isEqualTo(roster.rows.get(bad.get("renamed")).get("姓名"));
            assertThat(elders.phonesOf(onFile)).hasSize(2).extracting(PhoneNumber::digits).contains(takenPhone);
            assertThat(assessments.history(onFile)).hasSize(1);

            long after = elderRows.count();
            ImportReport again = importIt(reader.read("roster.xlsx", roster.xlsx()));
            assertThat(elderRows.count()).isEqualTo(after);
            assertThat(again.count(Outcome.NEW)).isZero();
            assertThat(again.count(Outcome.UPDATE)).isZero();
            assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(GOOD_ROWS + 1);
            assertThat(assessments.history(first.elderId())).hasSize(1);

            roster.rows.get(25).put("姓名", "改名" + run);
            roster.rows.get(25).put("三无", "是");
            roster.rows.get(25).put("住址", "别处1号");
            ImportReport edited = importIt(reader.read("roster.csv", roster.csv()));
            assertThat(elderRows.count()).isEqualTo(after);
            RowReport updated = row(edited, roster.rowNumber(25));
            assertThat(updated.outcome()).isEqualTo(Outcome.UPDATE);
            assertThat(updated.changes()).extracting(c -> c.header()).containsExactly("姓名", "三无");
            Elder e = elders.get(updated.elderId());
            assertThat(e.getFullName()).isEqualTo("改名" + run);
            assertThat(e.getFlags().sanwu()).isTrue();
            assertThat(e.getAddress()).as("an import never moves an elder").isEqualTo("湖东路25号");
            assertThat(edited.count(Outcome.UPDATE)).isEqualTo(1);
        }
    }

    @Test
    void anIdNumberExcelKeptAsANumberIsReportedAsDamagedNotGuessed() {
        Roster roster = Roster.full();
        good(roster, 700).put("身份证号", 340504194503120020d);
        RowReport r = check(reader.read("roster.xlsx", roster.xlsx())).rows().get(0);
        assertThat(codes(r)).containsExactly("身份证号:import.idNumber.scientific");
    }

    @Nested
    class OnTheConsole {

        Roster roster() {
            Roster r = Roster.full();
            good(r, 1);
            good(r, 2).put("姓名", "<script>alert(1)</script>");
            good(r, 3).put("身份证号", "123");
            return r;
        }

        MockMultipartFile file(String name, byte[] bytes) {
            return new MockMultipartFile("file", name, "application/octet-stream", bytes);
        }

        @Test
        void aSupervisorChecksThenImportsTheSameFileAndItIsAudited() throws Exception {
            Roster r = roster();
            MockHttpSession session = new MockHttpSession();
            long before = elderRows.count();
            String page = mvc.perform(multipart("/console/elders/import/check").file(file("名册.csv", r.csv()))
                            .session(session).with(as(supervisor)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("新建 2 人，更新 0 人，无变化 0 人，有问题跳过 1 行")))
                    .andExpect(content().string(containsString("身份证号：身份证号应为18位")))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(elderRows.count()).isEqualTo(before);
            String digest = page.replaceAll("(?s).*name=\"digest\" value=\"([0-9a-f]+)\".*", "$1");

            mvc.perform(post("/console/elders/import/run").param("digest", digest).session(session)
                            .with(as(supervisor)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("done", containsString("新建 2 人")));
            assertThat(elderRows.count()).isEqualTo(before + 2);
            List<AuditEntry> entries = audit.search(new cn.yinling.hotline.cases.agent.AuditSearch(supervisor.getUsername(),
                    null, null, null, null, null), 0, 50).getContent();
            assertThat(entries).extracting(AuditEntry::getDetail)
                    .anySatisfy(d -> assertThat(d).contains("导入老人名册 名册.csv", "共 3 行", "新建 2", "跳过 1"))
                    .filteredOn(d -> d.startsWith("导入新建老人档案")).hasSize(2)
                    .allSatisfy(d -> assertThat(d).doesNotContainPattern("\\d{17}[\\dX]"));

            mvc.perform(post("/console/elders/import/run").param("digest", digest).session(session)
                            .with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("请先上传文件并检查")));
            assertThat(elderRows.count()).isEqualTo(before + 2);
        }

        @Test
        void anAgentCanNeitherSeeNorUseTheImport() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
            long before = elderRows.count();
            mvc.perform(get("/console/elders/import").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(get("/console/elders/import/template.xlsx").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(multipart("/console/elders/import/check").file(file("a.csv", roster().csv())).with(as(agent))
                    .with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/console/elders/import/run").param("digest", "x").with(as(agent)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/elders").with(as(agent)))
                    .andExpect(content().string(not(containsString("/console/elders/import"))));
            assertThat(elderRows.count()).isEqualTo(before);
        }

        @Test
        void anAdminMayImportAndNobodyWithoutTheCsrfToken() throws Exception {
            Agent admin = testAgents.create(AgentRole.ADMIN, "管理员");
            mvc.perform(get("/console/elders/import").with(as(admin))).andExpect(status().isOk());
            long before = elderRows.count();
            MockHttpSession session = new MockHttpSession();
            mvc.perform(multipart("/console/elders/import/check").file(file("a.csv", roster().csv())).session(session)
                    .with(as(supervisor))).andExpect(status().isForbidden());
            mvc.perform(post("/console/elders/import/run").param("digest", "x").session(session).with(as(supervisor)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/elders/import")).andExpect(status().is3xxRedirection());
            assertThat(elderRows.count()).isEqualTo(before);
        }

        @Test
        void theTemplatesCarryEveryColumnAndReadBackAsAnEmptyRoster() throws Exception {
            byte[] xlsx = mvc.perform(get("/console/elders/import/template.xlsx").with(as(supervisor)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                    .andReturn().getResponse().getContentAsByteArray();
            byte[] csv = mvc.perform(get("/console/elders/import/template.csv").with(as(supervisor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(csv, StandardCharsets.UTF_8);
            for (var c : cn.yinling.hotline.cases.elderimport.ImportColumn.values()) {
                assertThat(text).contains(c.header());
            }
            for (byte[] template : List.of(xlsx, csv)) {
                String name = template == xlsx ? "t.xlsx" : "t.csv";
                try {
                    reader.read(name, template);
                    org.junit.jupiter.api.Assertions.fail("an empty template has no rows to import");
                } catch (UnreadableFileException e) {
                    assertThat(e.code()).as("header found, no rows").isEqualTo("noRows");
                }
            }
        }

        @Test
        void aFileThatIsNoSpreadsheetIsRefusedInChinese() throws Exception {
            mvc.perform(multipart("/console/elders/import/check").file(file("roster.xlsx", "GIF89a not a roster".getBytes()))
                            .with(as(supervisor)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("无法读取这个文件")));
        }
    }
}
