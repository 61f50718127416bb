/**
 * Callbacks instead of waiting on the phone: the offer before the agents' queue (with the expected
 * wait from Asterisk's QueueStatus), the dialer that calls back when the caller's turn comes, and the
 * {@code callback} script that puts the answered elder at the front of the queue.
 */
package cn.yinling.hotline.ivr.callback;
