/** Agents approve family members' WeChat binding requests: the one-time code is shown once, to read to the elder; every approval is audited. */
package cn.yinling.hotline.console.binding;
