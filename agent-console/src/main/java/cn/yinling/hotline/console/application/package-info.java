/**
 * The voucher applications on the console: the list per state with what is overdue, an
 * application's page to act on its current step, and the section on the elder's record.
 */
package cn.yinling.hotline.console.application;
