package cn.yinling.hotline.cases.agent;

public enum AgentRole { AGENT, SUPERVISOR, ADMIN }
