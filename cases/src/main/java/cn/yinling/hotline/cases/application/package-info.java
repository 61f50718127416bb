/**
 * The voucher application workflow of the seeds (Ma'anshan, Anqing): an application taken by phone or
 * at the desk, community review (入户调查), public notice (公示) with objections, street review,
 * district approval, then enrolment in the policy, or refusal with a reason at any review step.
 */
package cn.yinling.hotline.cases.application;
