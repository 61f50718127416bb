package cn.yinling.hotline.cases;

/**
 * Marks the thread that loads history at start-up (the demo street's replayed weeks, the first
 * re-evaluation and roll-over). What that thread causes is history, not news: nobody is called or
 * messaged about it. Any other thread's events are news, also while the demo street still loads in
 * the background. Public for the notifiers of other modules.
 */
public final class LoadingHistory {

    private static final ThreadLocal<Boolean> HERE = new ThreadLocal<>();

    private LoadingHistory() {
    }

    /** True on the thread loading history, inside {@link #run}. */
    public static boolean onThisThread() {
        return Boolean.TRUE.equals(HERE.get());
    }

    /** Runs {@code load} on this thread as history. */
    public static void run(Runnable load) {
        HERE.set(Boolean.TRUE);
        try {
            load.run();
        } finally {
            HERE.remove();
        }
    }
}
