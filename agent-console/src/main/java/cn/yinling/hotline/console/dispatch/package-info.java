/**
 * The daily dispatch list (派工单, issue #21) on the console: every signed-in account reads it (agents
 * and supervisors see every provider and worker, as on the providers pages), prints it and downloads it
 * as Excel; a work order's page hands the visit to another worker who can take it. Elders' addresses
 * and phones are masked until asked for, and every full view and download is audited per elder.
 */
package cn.yinling.hotline.console.dispatch;
