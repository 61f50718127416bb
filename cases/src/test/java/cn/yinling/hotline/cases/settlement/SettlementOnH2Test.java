package cn.yinling.hotline.cases.settlement;

/** Statements, the ledger check and closing a month on the embedded H2 database. */
class SettlementOnH2Test extends SettlementTest {
}
