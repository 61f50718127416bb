/**
 * Text messages (SMS) on the console (issues #19, #21): supervisors and admins see what went out,
 * what waits and what failed, under {@code /console/supervisor/}, where the security chain admits
 * only those roles. Numbers are masked in the list; opening one message shows it in full and is
 * audited, and so is putting a failed one back in the queue.
 */
package cn.yinling.hotline.console.sms;
