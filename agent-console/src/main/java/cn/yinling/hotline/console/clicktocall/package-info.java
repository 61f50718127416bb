/**
 * 点击拨号: click-to-call from a case (the agent's own phone first, then the number, over the PBX
 * port {@link cn.yinling.hotline.cases.clicktocall.ClickToCall}), and the agent's phone for it.
 */
package cn.yinling.hotline.console.clicktocall;
