/** Speech input for the voice hotline: an interface only; the keypad works without it. */
package cn.yinling.hotline.ivr.speech;
