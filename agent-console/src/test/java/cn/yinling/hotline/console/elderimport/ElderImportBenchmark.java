package cn.yinling.hotline.console.elderimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elderimport.ElderImport;
import cn.yinling.hotline.cases.elderimport.ImportReport;
import cn.yinling.hotline.cases.elderimport.RowReport.Outcome;
import cn.yinling.hotline.cases.support.IdNumbers;
import cn.yinling.hotline.console.ConsoleTestApplication;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 10,000 elders from one .xlsx: read, dry run, import, and the same file again. Run on purpose, not
 * with the suite: {@code ./mvnw -B -q -o -pl agent-console -am verify -Dtest=ElderImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DelderImport.bench=true}; {@code -DelderImport.file=PATH}
 * also writes the generated file there (to upload it on a running console).
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@EnabledIfSystemProperty(named = "elderImport.bench", matches = "true")
class ElderImportBenchmark {

    static final int ROWS = 10_000;
    static final long LIMIT_MILLIS = 60_000;

    @Autowired
    ImportFileReader reader;
    @Autowired
    ElderImport elderImport;
    @Autowired
    ImportDesk desk;

    /** A generated roster: every column filled, households of two by address every tenth row. */
    static Roster roster(int rows) {
        Roster r = Roster.full();
        long phone = 18600000000L + System.nanoTime() % 1_000_000L * 10;
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = r.add("姓名", "老人" + i, "身份证号", IdNumbers.fresh(LocalDate.of(1930, 1, 1).plusDays(i), i % 2 == 0),
                    "户籍(城镇/农村)", i % 3 == 0 ? "农村" : "城镇", "街道", "雨山街道", "社区", "社区" + (i / 2 % 20),
                    "住址", "湖东路" + (i % 10 == 1 ? i - 1 : i) + "号", "电话", String.valueOf(phone++),
                    "居住情况(独居/空巢/与家人同住)", "独居", "低保", i % 4 == 0 ? "是" : "否", "每日问安时间", "09:30",
                    "进食需帮助", "否", "翻身需帮助", "否", "如厕需帮助", "是", "穿衣洗漱需帮助", "否", "行走需帮助", "是",
                    "评估日期", "2024-03-05", "评估人", "张医生", "家属1姓名", "子" + i, "家属1关系", "儿子",
                    "家属1电话", String.valueOf(phone++), "家属1同意通知", "是");
            row.put("健康备注", "高血压");
        }
        return r;
    }

    @Test
    void tenThousandRowsImportWellUnderAMinute() throws Exception {
        Roster r = roster(ROWS);
        byte[] xlsx = r.xlsx();
        String out = System.getProperty("elderImport.file");
        if (out != null && !out.isBlank()) {
            Files.write(Path.of(out), xlsx);
        }
        long t0 = System.nanoTime();
        ImportFile file = reader.read("bench.xlsx", xlsx);
        long t1 = System.nanoTime();
        ImportReport dry = elderImport.check(file.columns(), file.rows());
        long t2 = System.nanoTime();
        ImportDesk.View done = desk.run(file, "bench"); // with the audit entry of every elder
        long t3 = System.nanoTime();
        ImportReport again = elderImport.run(file.columns(), file.rows(), "bench", row -> { });
        long t4 = System.nanoTime();
        System.out.printf("elder import bench: %d rows, %d KB; read %d ms, dry run %d ms, import %d ms, re-import %d ms;"
                + " load average %.2f, %d cores%n", ROWS, xlsx.length / 1024, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        assertThat(dry.count(Outcome.NEW)).isEqualTo(ROWS);
        assertThat(done.created()).isEqualTo(ROWS);
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(ROWS);
        assertThat((t3 - t0) / 1_000_000).isLessThan(LIMIT_MILLIS);
    }
}
