package cn.yinling.hotline.console.queue;

/**
 * What an agent's browser opens when that agent answers a queued call: the case workspace, the
 * elder's record, or (nobody known by that number) the directory searched for the caller's number.
 *
 * @param agentId the agent whose queue interface answered
 * @param path    the console page to open
 */
record ScreenPop(long agentId, String path) {

    /** What the browser receives as the event's data. */
    String eventData() {
        return path;
    }
}
