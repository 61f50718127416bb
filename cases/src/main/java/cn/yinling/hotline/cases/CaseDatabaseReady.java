package cn.yinling.hotline.cases;

/**
 * Published once the case database is loaded at start-up (catalog, policies, demo street). What
 * happens before it is history being loaded, e.g. the demo street's replayed weeks, not news to
 * tell anyone about.
 */
public record CaseDatabaseReady() {
}
