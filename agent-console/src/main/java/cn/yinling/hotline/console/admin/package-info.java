/** Administration of console accounts: creating agent, supervisor and admin accounts, and deactivating them. Admins only. */
package cn.yinling.hotline.console.admin;
