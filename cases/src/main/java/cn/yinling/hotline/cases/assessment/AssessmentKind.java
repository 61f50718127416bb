package cn.yinling.hotline.cases.assessment;

/** Why an ADL assessment was made: at intake, the seeds' monthly health assessment, or a re-assessment (a fall, a discharge). */
public enum AssessmentKind { INTAKE, MONTHLY, REASSESSMENT }
