package cn.yinling.hotline.cases.elderimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import file. The Chinese headers are the file format (what the template carries
 * and what a centre's own export is matched against), so they live here with the accepted variants,
 * not in a message bundle; headers match ignoring spaces, full-width forms and letter case.
 */
public enum ImportColumn {
    FULL_NAME("姓名", true, "老人姓名"),
    ID_NUMBER("身份证号", true, "身份证号码", "公民身份号码", "身份证"),
    REGISTRATION("户籍(城镇/农村)", true, "户籍", "户口性质", "户籍性质"),
    STREET("街道", true, "所属街道", "街道(乡镇)", "乡镇"),
    COMMUNITY("社区", true, "所属社区", "社区(村)", "村(社区)"),
    ADDRESS("住址", true, "地址", "家庭住址", "居住地址", "现住址"),
    HOUSEHOLD_NO("户号", false, "户编号"),
    PHONES("电话", false, "联系电话", "电话号码", "手机"),
    LIVING("居住情况(独居/空巢/与家人同住)", true, "居住情况", "居住状况"),
    SANWU("三无", false, "三无老人"),
    DIBAO("低保", false, "低保户"),
    LOW_INCOME("低收入", false),
    PRIORITY_VETERAN("重点优抚", false, "优抚对象"),
    LABOUR_MODEL("劳动模范", false, "劳模"),
    DISABLED("残疾", false, "残疾人"),
    HEALTH_NOTES("健康备注", false, "健康状况", "备注"),
    CHECKIN_TIME("每日问安时间", false, "问安时间"),
    ADL_EATING("进食需帮助", false, "进食"),
    ADL_TURNING("翻身需帮助", false, "翻身"),
    ADL_TOILETING("如厕需帮助", false, "如厕"),
    ADL_DRESSING("穿衣洗漱需帮助", false, "穿衣洗漱", "穿衣"),
    ADL_MOVING("行走需帮助", false, "行走", "移动"),
    ADL_DATE("评估日期", false, "ADL评估日期"),
    ADL_ASSESSOR("评估人", false, "ADL评估人"),
    FAMILY1_NAME("家属1姓名", false, "紧急联系人姓名", "联系人姓名"),
    FAMILY1_RELATION("家属1关系", false, "紧急联系人关系", "与老人关系"),
    FAMILY1_PHONE("家属1电话", false, "紧急联系人电话", "联系人电话"),
    FAMILY1_CONSENT("家属1同意通知", false),
    FAMILY2_NAME("家属2姓名", false),
    FAMILY2_RELATION("家属2关系", false),
    FAMILY2_PHONE("家属2电话", false),
    FAMILY2_CONSENT("家属2同意通知", false);

    private final String header;
    private final boolean required;
    private final List<String> variants;

    ImportColumn(String header, boolean required, String... variants) {
        this.header = header;
        this.required = required;
        this.variants = Arrays.asList(variants);
    }

    /** The header the template writes. */
    public String header() {
        return header;
    }

    /** A column the file must have (its cells may still be blank, then the row has a problem). */
    public boolean required() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> byHeader(String header) {
        String h = key(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (ImportColumn c : values()) {
            if (key(c.header).equals(h) || c.variants.stream().anyMatch(v -> key(v).equals(h))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Full-width forms folded (NFKC), spaces and a leading '*' (a "required" mark) dropped, parentheses unified. */
    static String key(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\uFEFF*]", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
