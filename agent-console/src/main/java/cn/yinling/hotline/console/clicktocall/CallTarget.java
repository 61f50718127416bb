package cn.yinling.hotline.console.clicktocall;

/**
 * A number on a case an agent may have dialled: {@code key} names it in the form (never the number),
 * {@code who} and {@code masked} are what the page shows; {@code digits} stays on the server.
 */
record CallTarget(String key, String who, String masked, String digits) {
}
