package cn.yinling.hotline.console.casesearch;

/**
 * The search form as typed (every field a string, so a refused search shows exactly what was typed
 * again). {@code view} is one of the agent's own lists ({@code mine-open}, {@code mine-closed}).
 */
record CaseFilters(String id, String elder, String phone, String status, String type, String agent, String channel,
        String from, String to, String view) {

    static final String MINE_OPEN = "mine-open";
    static final String MINE_CLOSED = "mine-closed";

    public boolean mineOpen() {
        return MINE_OPEN.equals(view);
    }

    public boolean mineClosed() {
        return MINE_CLOSED.equals(view);
    }

    static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
