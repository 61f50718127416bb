package cn.yinling.hotline.cases.booking;

/** The booking races on the embedded default database. */
class LastHourRaceOnH2Test extends LastHourRaceTest {
}
