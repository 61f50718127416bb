package cn.yinling.hotline.cases.durable;

/**
 * Makes what was committed survive a crash of the process or the machine, before the caller is
 * told it was done. PostgreSQL does so on commit; the embedded H2 keeps committed changes in
 * memory for up to {@code WRITE_DELAY} and needs an explicit flush (see {@link H2StoreFlush}).
 */
public interface StoreFlush {

    StoreFlush ON_COMMIT = () -> { };

    /** Returns once everything committed before the call is on disk. */
    void afterCommit();
}
