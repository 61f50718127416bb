/** Which recorded voice the phone line speaks in to a known elder: pace and prompt set, as sound directories. */
package cn.yinling.hotline.ivr.voice;
