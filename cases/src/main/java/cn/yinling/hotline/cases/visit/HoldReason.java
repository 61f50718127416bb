package cn.yinling.hotline.cases.visit;

/** Why a visit's consumption waits for staff: the elder keyed 9 at the door, or a complaint names the visit. */
public enum HoldReason { PROBLEM, COMPLAINT }
