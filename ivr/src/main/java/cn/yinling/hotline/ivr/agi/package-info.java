/** The FastAGI server inside the application (Asterisk-Java), started with the Spring context. */
package cn.yinling.hotline.ivr.agi;
