package cn.yinling.hotline.bot.nlu.emergency;

import java.util.List;

/** Character ranges {start, end} of a normalised message. */
final class Spans {

    private Spans() {
    }

    /** Whether {@code [start, end)} lies within one of {@code spans}. */
    static boolean inside(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] <= start && end <= span[1]) {
                return true;
            }
        }
        return false;
    }
}
