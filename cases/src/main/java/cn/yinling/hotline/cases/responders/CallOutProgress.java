package cn.yinling.hotline.cases.responders;

import java.util.List;

/** A call-out and its responders in calling order, each with where they stand. */
public record CallOutProgress(CallOut callOut, List<ResponderCall> calls) {

    public CallOutProgress {
        calls = List.copyOf(calls);
    }
}
