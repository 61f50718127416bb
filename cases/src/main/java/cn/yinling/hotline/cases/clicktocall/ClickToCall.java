package cn.yinling.hotline.cases.clicktocall;

/**
 * Click-to-call (点击拨号): rings the agent's own phone and, once they pick up, dials the number for
 * them. The console asks; the voice module implements it over AMI (an {@code Originate} to the
 * agent's phone into the dialplan context that dials out). Lives here because the console cannot
 * depend on the voice module. No bean when no PBX is configured: the console then says so.
 */
public interface ClickToCall {

    /** @return whether the PBX took the request; false when it cannot be reached or refused it at once */
    boolean call(AgentCall call);
}
