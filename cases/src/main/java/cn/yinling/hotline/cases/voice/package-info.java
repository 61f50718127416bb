/** How the phone line speaks to each elder: pace, recorded prompt set (dialect), reminder-call opt-in. */
package cn.yinling.hotline.cases.voice;
