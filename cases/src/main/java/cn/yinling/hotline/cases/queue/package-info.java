/** Calls waiting in and answered from the agents' Asterisk queue, and their answer-time figures. */
package cn.yinling.hotline.cases.queue;
