/** The supervisor's view of the team: every agent's state and open cases, and reassigning a case. */
package cn.yinling.hotline.console.team;
