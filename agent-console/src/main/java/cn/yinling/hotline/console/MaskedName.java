package cn.yinling.hotline.console;

/**
 * A name as result lists show it: the first and last characters, the middle hidden (王*英, 欧阳**华);
 * a two-character name keeps its first (王*). The whole name is on the case page, whose every view is
 * audited.
 */
public final class MaskedName {

    private MaskedName() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        if (chars.length == 2) {
            return new String(chars, 0, 1) + "*";
        }
        return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
    }
}
