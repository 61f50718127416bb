package cn.yinling.hotline.cases.application;

/** Who applied: the elder, a family member, or someone acting for the elder (a community worker, a guardian). */
public enum ApplicantKind { ELDER, FAMILY, AGENT }
