/**
 * Click-to-call from a case: the port the voice module implements over AMI, and the call it places.
 */
package cn.yinling.hotline.cases.clicktocall;
