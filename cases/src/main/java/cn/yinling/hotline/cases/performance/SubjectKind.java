package cn.yinling.hotline.cases.performance;

/** Who is assessed: one worker, or a provider with all its workers' visits. */
public enum SubjectKind { WORKER, PROVIDER }
