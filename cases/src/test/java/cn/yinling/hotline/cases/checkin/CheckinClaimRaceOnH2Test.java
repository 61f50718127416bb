package cn.yinling.hotline.cases.checkin;

/** The check-in claim race on the embedded H2 database. */
class CheckinClaimRaceOnH2Test extends CheckinClaimRaceTest {
}
