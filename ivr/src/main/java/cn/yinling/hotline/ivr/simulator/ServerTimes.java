package cn.yinling.hotline.ivr.simulator;

/** Told how long the server took for each command it sent (load measurements). */
@FunctionalInterface
public interface ServerTimes {

    /**
     * @param command the command line the server sent
     * @param nanos   from the moment the environment or the previous reply was written to the moment
     *                this command was read: the server's time plus the loopback's
     */
    void took(String command, long nanos);
}
