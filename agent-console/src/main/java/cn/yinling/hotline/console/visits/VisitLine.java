package cn.yinling.hotline.console.visits;

import cn.yinling.hotline.cases.visit.VisitRow;

/** A visit as the page shows it: the row, the elder's phone masked (or in full once revealed), times in local hours. */
record VisitLine(VisitRow row, String elderPhone, boolean phoneRevealed, String arrived, String left) {
}
