package cn.yinling.hotline.cases.casework;

/** The outcome of claiming a case: either yours, or already held by {@code holderId}. */
public record ClaimResult(boolean claimed, Long holderId) {
}
