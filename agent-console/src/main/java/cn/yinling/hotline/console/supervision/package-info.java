/** Supervisors listening to, whispering into or joining agents' live voice calls, audited. */
package cn.yinling.hotline.console.supervision;
