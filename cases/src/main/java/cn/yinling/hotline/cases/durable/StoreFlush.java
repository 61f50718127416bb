package cn.yinling.hotline.cases.durable;

/**
 * Makes what was committed survive a crash of the process or the machine, before the caller is
 * told it was done. PostgreSQL does so on commit; the embedded H2 keeps committed changes in
 * memory for up to {@code WRITE_DELAY} and needs an explicit flush (see {@link H2StoreFlush}).
 */
public interface StoreFlush {

    /** For a database whose commit is durable by itself. */
    StoreFlush ON_COMMIT = new StoreFlush() {
        @Override
        public boolean transactionChangedAnything() {
            return false;
        }

        @Override
        public void afterCommit() {
        }
    };

    /**
     * Whether the transaction about to commit has changed (or locked) anything: asked just before
     * its commit, on its own connection. Many read-write transactions only read (a balance question
     * that finds its grants already posted), and need no flush.
     */
    boolean transactionChangedAnything();

    /** Returns once everything committed before the call is on disk. */
    void afterCommit();
}
