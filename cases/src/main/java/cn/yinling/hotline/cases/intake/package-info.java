/**
 * Taking elders in (建档): the whole record checked and created at once, the resident ID number
 * validated (GB 11643) and recognised by a keyed digest instead of being kept.
 */
package cn.yinling.hotline.cases.intake;
