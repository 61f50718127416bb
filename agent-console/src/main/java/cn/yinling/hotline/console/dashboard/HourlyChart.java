package cn.yinling.hotline.console.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls and chats by hour of the day (in the centre's zone), summed over the date range, as the
 * geometry of an inline SVG column chart: the template only draws what is computed here.
 */
record HourlyChart(List<Column> columns, long max, long calls, long chats) {

    static final int WIDTH = 760;
    static final int HEIGHT = 250;
    static final int LEFT = 40;
    static final int BASELINE = 210;
    static final int PLOT_HEIGHT = 180;
    static final int SLOT = 30;
    static final int BAR = 12;

    /** One hour: the two bars' counts and geometry; only every third hour carries its label. */
    record Column(int hour, long calls, long chats, int callsX, int callsY, int callsHeight, int chatsX, int chatsY,
            int chatsHeight, int labelX, boolean labelled) {
    }

    static HourlyChart of(long[] callsByHour, long[] chatsByHour) {
        long max = 0;
        long calls = 0;
        long chats = 0;
        for (int h = 0; h < 24; h++) {
            max = Math.max(max, Math.max(callsByHour[h], chatsByHour[h]));
            calls += callsByHour[h];
            chats += chatsByHour[h];
        }
        List<Column> columns = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            int x = LEFT + h * SLOT + 3;
            int ch = height(callsByHour[h], max);
            int wh = height(chatsByHour[h], max);
            columns.add(new Column(h, callsByHour[h], chatsByHour[h], x, BASELINE - ch, ch, x + BAR, BASELINE - wh, wh,
                    LEFT + h * SLOT + SLOT / 2, h % 3 == 0));
        }
        return new HourlyChart(columns, max, calls, chats);
    }

    private static int height(long value, long max) {
        return max == 0 ? 0 : (int) Math.round((double) value * PLOT_HEIGHT / max);
    }
}
