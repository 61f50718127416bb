/**
 * 导入老人名册 on the console: the template to download, the upload read as a stream (.xlsx with POI's
 * SAX reader, CSV with Commons CSV), the dry run's report worded in Chinese, and the import itself,
 * audited once for the file and once per elder written. For supervisors and admins.
 */
package cn.yinling.hotline.console.elderimport;
