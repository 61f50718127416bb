package cn.yinling.hotline.console.elderimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.elderimport.ElderImportProperties;
import cn.yinling.hotline.cases.elderimport.ImportColumn;
import cn.yinling.hotline.cases.elderimport.ImportRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Reading what centres upload, and refusing, with a reason, what is not a roster or is an attack. */
class ImportFileReaderTest {

    ImportFileReader reader = new ImportFileReader(new ElderImportProperties(DataSize.ofMegabytes(20), 50, 200));

    static Roster roster() {
        Roster r = new Roster(" 姓 名 ", "身份证号码", "户籍", "街道", "社区", "家庭住址", "居住情况", "评估日期", "每日问安时间",
                "电话", "籍贯");
        r.add(" 姓 名 ", "王秀英", "身份证号码", "３４０５０４１９４５０３１２００２X", "户籍", "农村", "街道", "雨山街道", "社区", "采石社区",
                "家庭住址", "湖东路1号", "居住情况", "独居", "评估日期", "2024年3月5日", "每日问安时间", "09:30",
                "电话", "13805550001", "籍贯", "安徽");
        return r;
    }

    UnreadableFileException refusal(String name, byte[] bytes) {
        try {
            reader.read(name, bytes);
        } catch (UnreadableFileException e) {
            return e;
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void headersWithSpacesVariantsAndAFullWidthIdNumberAreRead() {
        ImportFile f = reader.read("名册.csv", roster().csv());
        assertThat(f.columns()).contains(ImportColumn.FULL_NAME, ImportColumn.ID_NUMBER, ImportColumn.REGISTRATION,
                ImportColumn.ADDRESS, ImportColumn.LIVING, ImportColumn.ADL_DATE);
        assertThat(f.ignoredHeaders()).containsExactly("籍贯");
        ImportRow row = f.rows().get(0);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text(ImportColumn.FULL_NAME)).isEqualTo("王秀英");
        assertThat(row.text(ImportColumn.ID_NUMBER)).isEqualTo("３４０５０４１９４５０３１２００２X");
    }

    @Test
    void aTitleRowAboveTheHeaderIsSkippedAndRowNumbersAreTheSpreadsheets() {
        Roster r = roster();
        r.titleRow = "雨山街道老年人信息登记表";
        ImportFile f = reader.read("名册.xlsx", r.xlsx());
        assertThat(f.rows()).singleElement().satisfies(row -> assertThat(row.number()).isEqualTo(3));
    }

    @Test
    void excelDatesTimesAndNumbersBecomeTextAndAnIdNumberKeptAsANumberIsMarked() {
        Roster r = roster();
        r.rows.get(0).put("身份证号码", 340504194503120020d);
        r.rows.get(0).put("电话", 13805550001d);
        byte[] xlsx = r.xlsx();
        ImportRow row = reader.read("名册.xlsx", xlsx).rows().get(0);
        assertThat(row.numeric(ImportColumn.ID_NUMBER)).isTrue();
        assertThat(row.text(ImportColumn.PHONES)).isEqualTo("13805550001");
        assertThat(row.numeric(ImportColumn.FULL_NAME)).isFalse();
    }

    @Test
    void aCsvSavedByChineseExcelInGb18030IsRead() {
        ImportFile f = reader.read("名册.csv", roster().csv(Charset.forName("GB18030"), false));
        assertThat(f.rows().get(0).text(ImportColumn.FULL_NAME)).isEqualTo("王秀英");
    }

    @Test
    void somethingElseNamedXlsxIsRefused() {
        assertThat(refusal("名册.xlsx", "<html><script>alert(1)</script></html>".getBytes()).code()).isEqualTo("notSpreadsheet");
        assertThat(refusal("名册.exe", new byte[] {0x4d, 0x5a, 0, 0}).code()).isEqualTo("notSpreadsheet");
        assertThat(refusal("名册.xlsx", new byte[0]).code()).isEqualTo("empty");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes());
        }
        assertThat(refusal("名册.xlsx", out.toByteArray()).code()).isEqualTo("notSpreadsheet");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithHowToSaveItAsXlsx() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet("名册").createRow(0).createCell(0).setCellValue("姓名");
            xls.write(out);
            assertThat(refusal("名册.xls", out.toByteArray()).code()).isEqualTo("xls");
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        byte[] plain = roster().xlsx();
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            assertThat(refusal("名册.xlsx", out.toByteArray()).code()).isEqualTo("encrypted");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        byte[] workbook = roster().xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("roster", ".xlsx");
        java.nio.file.Files.write(file, workbook);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(blanks); // 200 MB of nothing, a few hundred KB compressed
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(body);
                }
            }
        }
        java.nio.file.Files.delete(file);
        assertThat(out.size()).isLessThan(2_000_000);
        assertThat(refusal("名册.xlsx", out.toByteArray()).code()).isEqualTo("bomb");
    }

    @Test
    void tooLargeAndTooManyRowsAreRefusedWithTheLimit() {
        ImportFileReader small = new ImportFileReader(new ElderImportProperties(DataSize.ofBytes(100), 50, 200));
        try {
            small.read("名册.csv", roster().csv());
            throw new AssertionError("read");
        } catch (UnreadableFileException e) {
            assertThat(e.code()).isEqualTo("tooLarge");
        }
        Roster many = roster();
        for (int i = 0; i < 60; i++) {
            many.add(" 姓 名 ", "老人" + i);
        }
        assertThat(refusal("名册.xlsx", many.xlsx()).code()).isEqualTo("tooManyRows");
        assertThat(refusal("名册.csv", many.csv()).code()).isEqualTo("tooManyRows");
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertThatThrownBy(() -> reader.read("a.csv", "a,b,c\n1,2,3\n".getBytes()))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("noHeader"));
    }
}
