/**
 * Limits on guessing: how many wrong answers a subject (a phone number, an elder, a client) may give
 * in a window before it is locked for a while, counted in the shared database so every node and
 * every session sees the same count.
 */
package cn.yinling.hotline.cases.verification;
