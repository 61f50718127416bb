/**
 * The agent console (REST, live queue, pages, security). It talks to the case database only through the domain services of
 * {@code cn.yinling.hotline.cases} and holds no business rules of its own.
 */
package cn.yinling.hotline.console;
