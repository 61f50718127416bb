package cn.yinling.hotline.cases.elder;

/** Where a family binding request stands. */
public enum BindingState {
    /** Waiting for the one-time code: for an agent to issue it, or for the family member to enter it. */
    PENDING_CODE,
    /** The code matched: the WeChat account is bound to the elder. */
    APPROVED,
    /** Not finished in time, or replaced by a newer request for the same elder. */
    EXPIRED
}
