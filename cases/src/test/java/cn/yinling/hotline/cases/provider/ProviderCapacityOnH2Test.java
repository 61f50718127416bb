package cn.yinling.hotline.cases.provider;

/** Capacity from providers and workers on the embedded default database. */
class ProviderCapacityOnH2Test extends ProviderCapacityTest {
}
