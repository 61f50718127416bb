package cn.yinling.hotline.console.dashboard;

import java.util.List;

/**
 * Labelled horizontal bars (intents, case types) as the geometry of an inline SVG: bar lengths are
 * relative to the largest value, the percentage is of the total.
 */
record BarChart(List<Bar> bars, long total, int height) {

    static final int ROW = 34;
    static final int BAR_X = 170;
    static final int LONGEST = 420;

    record Bar(String label, long count, int percent, int y, int width, int textY) {
    }

    static BarChart of(List<String> labels, List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        java.util.List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long n = counts.get(i);
            int width = max == 0 ? 0 : (int) Math.round((double) n * LONGEST / max);
            bars.add(new Bar(labels.get(i), n, Percent.of(n, total), i * ROW + 4, Math.max(width, n > 0 ? 2 : 0),
                    i * ROW + 24));
        }
        return new BarChart(List.copyOf(bars), total, Math.max(ROW, labels.size() * ROW + 4));
    }
}
