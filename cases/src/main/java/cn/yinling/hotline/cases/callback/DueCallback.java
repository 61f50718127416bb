package cn.yinling.hotline.cases.callback;

/** A callback claimed by this node to be dialled now: which number, and the how-manieth call it is. */
public record DueCallback(CallbackId id, Long caseId, String phone, int attempt) {
}
