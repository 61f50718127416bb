package cn.yinling.hotline.cases.policy;

/**
 * How a policy counts a visit's recorded minutes (written beside the policy in its YAML file as
 * {@code visitRounding: {unit: 30, mode: NEAREST, minimum: 30}}): rounded to whole units of
 * {@code unit} minutes, up, down or to the nearest (a half unit goes up), then at least
 * {@code minimum}, and never more than the booking's length.
 */
public record VisitRounding(int unit, Mode mode, int minimum) {

    public enum Mode { UP, DOWN, NEAREST }

    /** The minutes as recorded, capped at the booking: for policies that say nothing. */
    public static final VisitRounding EXACT = new VisitRounding(1, Mode.NEAREST, 0);

    public VisitRounding {
        if (unit < 1 || minimum < 0 || mode == null) {
            throw new IllegalArgumentException("A visit rounding needs a unit of at least 1 minute, a mode and a minimum >= 0");
        }
    }

    /** The minutes to consume for a visit that lasted {@code recorded} minutes of {@code booked}. */
    public int minutesFor(int recorded, int booked) {
        if (recorded < 0 || booked < 1) {
            throw new IllegalArgumentException("recorded " + recorded + ", booked " + booked);
        }
        int units = switch (mode) {
            case UP -> (recorded + unit - 1) / unit;
            case DOWN -> recorded / unit;
            case NEAREST -> (recorded + unit / 2) / unit;
        };
        int rounded = Math.max(units * unit, minimum);
        return Math.min(rounded, booked);
    }

    /** "30分钟为单位，四舍五入，最少30分钟" is worded by the console; this is for logs and audit. */
    @Override
    public String toString() {
        return unit + " min " + mode + (minimum > 0 ? ", min " + minimum : "");
    }
}
