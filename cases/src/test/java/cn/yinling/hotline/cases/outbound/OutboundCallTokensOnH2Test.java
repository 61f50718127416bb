package cn.yinling.hotline.cases.outbound;

/** Outbound call tokens on the embedded H2 database. */
class OutboundCallTokensOnH2Test extends OutboundCallTokensTest {
}
