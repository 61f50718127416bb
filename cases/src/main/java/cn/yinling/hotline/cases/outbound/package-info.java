/**
 * Calls the hotline places itself: the one-time tokens that let an outbound FastAGI script tell
 * its own calls from a connection that only claims to be one.
 */
package cn.yinling.hotline.cases.outbound;
