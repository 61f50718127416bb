package cn.yinling.hotline.cases.supervision;

/**
 * Rings a supervisor's phone and, once they answer, joins them to an agent's live call. The console
 * calls it; the voice module implements it over AMI (an {@code Originate} into Asterisk's
 * {@code ChanSpy}). Lives here because the console cannot depend on the voice module.
 */
public interface CallMonitor {

    /**
     * @param supervisorPhone the supervisor's dial string (e.g. {@code PJSIP/supervisor01})
     * @param agentChannel    the agent's channel in the call, as Asterisk named it ({@code AgentConnect} DestChannel)
     * @return whether the PBX took the request; false when it cannot be reached
     */
    boolean ringSupervisor(String supervisorPhone, String agentChannel, MonitorMode mode);
}
