package cn.yinling.hotline.console.emergency;

/**
 * One emergency nobody has claimed yet, as every console page's banner shows it (texts in Chinese).
 *
 * @param id         the case
 * @param elderId    the elder, null for a caller nobody has identified
 * @param elderName  the elder's name, or 未识别来电
 * @param address    community and address, where the responders go
 * @param said       the caller's words, as the case keeps them (ID and mobile numbers masked)
 * @param openedAt   epoch milliseconds, for the waiting time the page counts up
 * @param level      the escalation level this viewer is shown (a plain agent does not see the supervisors' one)
 * @param notice     what the escalation says to this viewer; null before any
 */
record EmergencyAlert(long id, Long elderId, String elderName, String address, String said, long openedAt, int level,
        String notice) {
}
