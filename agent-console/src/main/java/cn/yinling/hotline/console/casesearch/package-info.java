/**
 * 案件查询: finding cases by number, elder, phone, state, type, agent, channel and date, a page at a
 * time, with names and numbers masked; the agent's own open and closed cases.
 */
package cn.yinling.hotline.console.casesearch;
