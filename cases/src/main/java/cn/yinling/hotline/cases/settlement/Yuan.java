package cn.yinling.hotline.cases.settlement;

import java.math.BigDecimal;

/** Fen shown as yuan with two decimals, exactly (no floating point): 123456 → "1234.56". */
public final class Yuan {

    private Yuan() {
    }

    public static BigDecimal of(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public static String text(long fen) {
        return of(fen).toPlainString();
    }

    /** Minutes as hours with two decimals: 135 → "2.25". */
    public static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
