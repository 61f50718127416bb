package cn.yinling.hotline.cases.elderimport;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one cell: the column, the code (the intake's codes where they fit, e.g.
 * {@code idNumber.CHECK_DIGIT}, and the import's own under {@code import.}; worded by the channel) and
 * what it concerns (a typed value, another row's number), if anything.
 */
public record RowProblem(ImportColumn column, String code, List<String> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem of(ImportColumn column, String code, Object... args) {
        return new RowProblem(column, code, Arrays.stream(args).map(String::valueOf).toList());
    }
}
