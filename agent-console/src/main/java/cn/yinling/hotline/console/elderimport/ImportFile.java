package cn.yinling.hotline.console.elderimport;

import cn.yinling.hotline.cases.elderimport.ImportColumn;
import cn.yinling.hotline.cases.elderimport.ImportRow;
import java.util.List;
import java.util.Set;

/** An uploaded file read into rows: the columns its header names, the rows, and the headers it did not know. */
record ImportFile(String fileName, Set<ImportColumn> columns, List<ImportRow> rows, List<String> ignoredHeaders) {
}
