/**
 * The password policy for every password set on the console: long enough, not one of the common
 * passwords attackers try first, not a run of repeated, consecutive or neighbouring-key characters,
 * and not containing the username.
 */
package cn.yinling.hotline.console.password;
