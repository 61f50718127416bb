package cn.yinling.hotline.console;

/**
 * A phone number as lists show it: the first three and last four digits (139****0000). The whole
 * number is on the record page, whose every view is audited.
 */
public final class MaskedPhone {

    private MaskedPhone() {
    }

    public static String of(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "";
        }
        if (digits.length() <= 7) {
            return "****" + digits.substring(Math.max(0, digits.length() - 2));
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
