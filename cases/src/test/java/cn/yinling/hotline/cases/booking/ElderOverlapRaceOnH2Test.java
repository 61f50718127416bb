package cn.yinling.hotline.cases.booking;

/** The elder-overlap races on the embedded default database. */
class ElderOverlapRaceOnH2Test extends ElderOverlapRaceTest {
}
