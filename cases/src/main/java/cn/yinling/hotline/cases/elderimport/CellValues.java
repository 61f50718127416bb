package cn.yinling.hotline.cases.elderimport;

import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the cells of a centre's spreadsheet are written and what they mean: 是/否 or a tick, 城镇/农村,
 * dates as 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 or 20240305, several numbers in one cell.
 * Full-width digits and punctuation are folded first (NFKC).
 */
final class CellValues {

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true), Map.entry("√", true), Map.entry("✓", true), Map.entry("✔", true),
            Map.entry("y", true), Map.entry("yes", true), Map.entry("1", true), Map.entry("有", true),
            Map.entry("需帮助", true), Map.entry("需要帮助", true), Map.entry("同意", true),
            Map.entry("否", false), Map.entry("×", false), Map.entry("✗", false), Map.entry("n", false),
            Map.entry("no", false), Map.entry("0", false), Map.entry("无", false), Map.entry("自理", false),
            Map.entry("不需要", false), Map.entry("不同意", false));
    private static final Map<String, Registration> REGISTRATIONS = Map.of("城镇", Registration.URBAN,
            "城市", Registration.URBAN, "城镇户口", Registration.URBAN, "非农", Registration.URBAN,
            "非农业", Registration.URBAN, "农村", Registration.RURAL, "农业", Registration.RURAL,
            "农村户口", Registration.RURAL, "农业户口", Registration.RURAL);
    private static final Map<String, LivingSituation> LIVING = Map.of("独居", LivingSituation.ALONE,
            "空巢", LivingSituation.EMPTY_NEST, "与家人同住", LivingSituation.WITH_FAMILY,
            "与子女同住", LivingSituation.WITH_FAMILY, "与家人", LivingSituation.WITH_FAMILY,
            "同住", LivingSituation.WITH_FAMILY);
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:点时]\\s*(\\d{1,2})?\\s*分?");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[、;,/\\n\\r]+");
    /** How Excel shows a long number it keeps as a number: 3.40504E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?e\\+?\\d+", Pattern.CASE_INSENSITIVE);

    private CellValues() {
    }

    static String fold(String cell) {
        return cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    }

    /** Empty for a blank cell; a cell that is neither yes nor no is {@code null}. */
    static Optional<Boolean> yesNo(String cell) {
        String s = fold(cell).toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return YES_NO.containsKey(s) ? Optional.of(YES_NO.get(s)) : null;
    }

    static Registration registration(String cell) {
        return REGISTRATIONS.get(fold(cell).replace(" ", ""));
    }

    static LivingSituation living(String cell) {
        return LIVING.get(fold(cell).replace(" ", ""));
    }

    static boolean scientific(String cell) {
        return SCIENTIFIC.matcher(fold(cell)).matches();
    }

    /** Empty for a blank cell; {@code null} when the cell is not a date. */
    static Optional<LocalDate> date(String cell) {
        String s = fold(cell);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 09:30, 9:30, 9点30分, 9点; empty for a blank cell, {@code null} when not a time. */
    static Optional<LocalTime> time(String cell) {
        String s = fold(cell);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Several numbers in one cell, separated by 、 ; , or / (after folding, ；and ， are ; and ,). */
    static List<String> phones(String cell) {
        return Arrays.stream(PHONE_SEPARATORS.split(fold(cell))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
