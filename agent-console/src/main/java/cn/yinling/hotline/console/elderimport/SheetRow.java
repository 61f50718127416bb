package cn.yinling.hotline.console.elderimport;

import java.util.List;
import java.util.Set;

/** A row as the spreadsheet has it: its number (1 = first), cell texts by column position, which were numbers. */
record SheetRow(int number, List<String> cells, Set<Integer> numeric) {
}
