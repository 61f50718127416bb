package cn.yinling.hotline.cases.dispatch;

/** The dispatch sweep on H2, as the tests' and a single box's database. */
class DispatchSweepOnH2Test extends DispatchSweepTest {
}
