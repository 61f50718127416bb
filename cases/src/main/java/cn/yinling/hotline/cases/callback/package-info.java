/**
 * Callbacks instead of waiting: a caller facing a long wait for an agent is called back when their
 * turn comes (or at a time they choose), with retries, durable across restarts and nodes. The IVR
 * offers and places them; the console lists and cancels them.
 */
package cn.yinling.hotline.cases.callback;
