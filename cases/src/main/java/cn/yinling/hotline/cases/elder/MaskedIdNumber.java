package cn.yinling.hotline.cases.elder;

import java.util.regex.Pattern;

/**
 * A resident ID number reduced to what the hotline may keep: the 6-digit region code and the last
 * four characters, which callers use to identify themselves. The full number is never stored.
 */
public record MaskedIdNumber(String value) {

    private static final Pattern FULL = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern MASKED = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");

    public MaskedIdNumber {
        if (value == null || !MASKED.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a masked ID number: " + value);
        }
    }

    public static MaskedIdNumber mask(String fullIdNumber) {
        String s = fullIdNumber == null ? "" : fullIdNumber.strip();
        if (!FULL.matcher(s).matches()) {
            throw new IllegalArgumentException("An ID number has 18 characters");
        }
        return new MaskedIdNumber(s.substring(0, 6) + "********" + s.substring(14).toUpperCase());
    }

    public String lastFour() {
        return value.substring(14);
    }

    public boolean endsWith(String lastFour) {
        return lastFour != null && lastFour.strip().equalsIgnoreCase(lastFour());
    }
}
