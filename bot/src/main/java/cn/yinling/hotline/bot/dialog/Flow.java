package cn.yinling.hotline.bot.dialog;

/** A task the engine can carry out over several turns. */
interface Flow {

    /** Begins the task for the current message (its slots may already answer some questions). */
    void start(Turn t);

    /**
     * Handles an answer to this flow's pending question. Returns false when the message is not
     * an answer, so the engine treats it as a new request instead.
     */
    boolean answer(Turn t);

    boolean owns(Step step);
}
