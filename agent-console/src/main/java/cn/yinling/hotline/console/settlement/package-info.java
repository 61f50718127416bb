/**
 * The providers' monthly statements (服务券结算单) on the console, as a page, Excel and CSV, and
 * closing a settlement month: under {@code /console/supervisor/}, so supervisors and admins only.
 * Every view and export lists elders by name (ID numbers masked) and is audited.
 */
package cn.yinling.hotline.console.settlement;
