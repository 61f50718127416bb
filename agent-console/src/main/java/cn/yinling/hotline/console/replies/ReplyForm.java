package cn.yinling.hotline.console.replies;

/** A canned reply as typed on the page; {@code shared} asks for a reply of the centre rather than one's own. */
record ReplyForm(String shortcut, String title, String body, boolean shared) {

    ReplyForm {
        shortcut = shortcut == null ? "" : shortcut.strip();
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }

    static ReplyForm empty() {
        return new ReplyForm("", "", "", false);
    }
}
