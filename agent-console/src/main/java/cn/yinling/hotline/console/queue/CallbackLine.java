package cn.yinling.hotline.console.queue;

/** One callback still to be made, as the live queue lists it (words in Chinese, the case to open, whether it can still be cancelled). */
record CallbackLine(long id, long caseId, String elderName, String label, int attempts, boolean cancellable) {
}
