/** The elder's voice on the phone line (pace, prompt set) and reminder-call opt-in, edited on the record page. */
package cn.yinling.hotline.console.voice;
