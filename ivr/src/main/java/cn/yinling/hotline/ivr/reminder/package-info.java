/** The reminder call the day before a visit (opt-in per elder): script and dialer. */
package cn.yinling.hotline.ivr.reminder;
