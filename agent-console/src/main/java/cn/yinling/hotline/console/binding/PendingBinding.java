package cn.yinling.hotline.console.binding;

/** One binding request awaiting approval, as the list shows it (openid shortened, ID masked). */
record PendingBinding(long id, long elderId, String elderName, String maskedId, String relation, String requestedAt,
        String openid) {
}
