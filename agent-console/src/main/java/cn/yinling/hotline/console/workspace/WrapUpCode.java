package cn.yinling.hotline.console.workspace;

/** How an agent sums up a closed case; labels in the bundle ({@code wrapup.*}). */
enum WrapUpCode {
    RESOLVED, INFORMATION_GIVEN, BOOKED_ON_BEHALF, BOOKING_CHANGED, COMPLAINT_RECORDED, EMERGENCY_DISPATCHED,
    REFERRED, NO_CONTACT
}
