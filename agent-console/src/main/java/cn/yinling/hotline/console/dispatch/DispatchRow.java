package cn.yinling.hotline.console.dispatch;

import cn.yinling.hotline.cases.dispatch.DispatchLine;

/** One line of the dispatch page: the order, and the elder's address and phone as shown (masked or in full). */
record DispatchRow(DispatchLine line, String address, String phone) {
}
