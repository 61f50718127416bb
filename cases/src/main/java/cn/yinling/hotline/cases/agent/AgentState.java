package cn.yinling.hotline.cases.agent;

public enum AgentState { AVAILABLE, BUSY, AWAY, OFFLINE }
