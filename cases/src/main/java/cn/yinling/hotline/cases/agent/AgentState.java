package cn.yinling.hotline.cases.agent;

/**
 * An agent's presence. AVAILABLE, BUSY and AWAY are chosen by the agent; ENGAGED (on a call or in a
 * chat) and WRAP_UP (after-call work) follow the cases the agent takes and closes; OFFLINE when
 * signed out. The console's presence rules say which change leads where.
 */
public enum AgentState { AVAILABLE, BUSY, AWAY, OFFLINE, ENGAGED, WRAP_UP }
