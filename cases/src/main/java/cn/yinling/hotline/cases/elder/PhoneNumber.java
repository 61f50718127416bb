package cn.yinling.hotline.cases.elder;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Chinese phone number in one canonical spelling, so that a caller ID of "+86 138-0000-0001",
 * "008613800000001" and "13800000001" all find the same elder. Mobiles become 11 digits;
 * landlines become trunk prefix 0 + area code + local number. A landline given without its area
 * code takes the service centre's default area code.
 */
public record PhoneNumber(String digits, Kind kind) {

    public enum Kind { MOBILE, LANDLINE }

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE_WITH_AREA = Pattern.compile("0[1-9]\\d{8,10}");
    private static final Pattern LOCAL_ONLY = Pattern.compile("[2-9]\\d{6,7}");
    private static final Pattern AREA_CODE = Pattern.compile("0[1-9]\\d{1,2}");
    /** Several numbers typed in one box: one a line, or separated by commas, 、 or semicolons. */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\n\\r,，、;；]+");

    public PhoneNumber {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(kind, "kind");
    }

    /** The numbers typed in one box, each as typed (not yet parsed), blanks dropped. */
    public static List<String> typedList(String typed) {
        return Arrays.stream(LIST_SEPARATORS.split(typed == null ? "" : typed)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public static PhoneNumber parse(String raw, String defaultAreaCode) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException(raw);
        }
        String s = raw.strip().replaceAll("[\\s\\-()（）.]", "");
        boolean international = false;
        if (s.startsWith("+86")) {
            s = s.substring(3);
            international = true;
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
            international = true;
        } else if (s.startsWith("86") && s.length() == 13 && MOBILE.matcher(s.substring(2)).matches()) {
            s = s.substring(2);
        }
        if (!s.chars().allMatch(Character::isDigit)) {
            throw new InvalidPhoneNumberException(raw);
        }
        if (MOBILE.matcher(s).matches()) {
            return new PhoneNumber(s, Kind.MOBILE);
        }
        if (international && !s.startsWith("0")) {
            s = "0" + s; // international landline drops the trunk prefix
        }
        if (LANDLINE_WITH_AREA.matcher(s).matches()) {
            return new PhoneNumber(s, Kind.LANDLINE);
        }
        if (LOCAL_ONLY.matcher(s).matches() && defaultAreaCode != null
                && AREA_CODE.matcher(defaultAreaCode).matches()) {
            return new PhoneNumber(defaultAreaCode + s, Kind.LANDLINE);
        }
        throw new InvalidPhoneNumberException(raw);
    }

    /** Last four digits, as an elder reads them back. */
    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return digits;
    }
}
