/**
 * 新建案件: an agent opens a case by hand for a call on a direct line, a visitor or a call they make,
 * held by them from the start.
 */
package cn.yinling.hotline.console.newcase;
