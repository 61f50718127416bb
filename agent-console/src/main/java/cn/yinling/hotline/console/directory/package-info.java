/** The elder directory: finding an elder by name, phone (any spelling) or community, and opening the record; every search and view is audited. */
package cn.yinling.hotline.console.directory;
