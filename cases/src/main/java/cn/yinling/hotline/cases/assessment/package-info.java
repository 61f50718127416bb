/** ADL assessments (intake, the monthly health assessment, re-assessments) kept as history; the latest is the record's. */
package cn.yinling.hotline.cases.assessment;
