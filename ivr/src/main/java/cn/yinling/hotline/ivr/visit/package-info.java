/** The service check-in line (上门签到): the worker's calls at arrival and departure, and the elder's rating. */
package cn.yinling.hotline.ivr.visit;
