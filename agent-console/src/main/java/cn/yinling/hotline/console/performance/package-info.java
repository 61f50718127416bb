/**
 * 服务评估: the monthly figures of workers and providers, their Excel export, and the review of the
 * red and black lists (supervisors and admins only: everything is under {@code /console/supervisor/}).
 * The figures and the lists themselves are the case database's ({@code cases.performance}).
 */
package cn.yinling.hotline.console.performance;
