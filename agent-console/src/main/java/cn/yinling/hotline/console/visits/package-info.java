/**
 * 今日上门 (issue #21): the day's visits with their state, proof and the phones to call; agents record
 * arrivals and departures reported otherwise and no-shows, supervisors decide held visits under
 * {@code /console/supervisor/}. Elders' phones are masked until clicked, and every click is audited.
 */
package cn.yinling.hotline.console.visits;
