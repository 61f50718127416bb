package cn.yinling.hotline.console.dashboard;

/** Whole percentages, rounded half up; 0 of 0 is 0%. */
final class Percent {

    private Percent() {
    }

    static int of(long part, long whole) {
        return whole == 0 ? 0 : (int) ((part * 200 + whole) / (2 * whole));
    }
}
