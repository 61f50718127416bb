/**
 * Canned replies (快捷回复): the page where agents keep their own and supervisors the shared ones,
 * and the list the case page's composer inserts from, with the variables filled in for that case.
 */
package cn.yinling.hotline.console.replies;
