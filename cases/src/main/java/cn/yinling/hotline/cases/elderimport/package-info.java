/**
 * Import of an existing elder database (a civil-affairs export, a community survey): rows read from a
 * spreadsheet by the channel are checked as a whole into a report (row, column, what is wrong) before
 * anything is written, then written in batches, upserting by the ID number's digest.
 */
package cn.yinling.hotline.cases.elderimport;
