package cn.yinling.hotline.console.replies;

/** One canned reply as the management page lists it; {@code mayEdit}: the viewer may change or delete it. */
record ReplyLine(long id, String shortcut, String title, String body, boolean shared, boolean mayEdit,
        String updatedAt, String updatedBy) {
}
