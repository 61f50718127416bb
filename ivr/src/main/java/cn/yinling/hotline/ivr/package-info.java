/**
 * The voice hotline (FastAGI call flows, AMI client, outbound calls). It talks to the case database only through the domain services of
 * {@code cn.yinling.hotline.cases} and holds no business rules of its own.
 */
package cn.yinling.hotline.ivr;
