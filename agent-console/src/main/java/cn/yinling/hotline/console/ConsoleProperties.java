package cn.yinling.hotline.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agents' console ({@code hotline.console.*}).
 *
 * @param sessionTimeout how long a signed-in agent may do nothing before the session ends; the page's
 *                       own polls and event streams do not count as doing something
 * @param demoPassword   password of the demo accounts created when {@code hotline.cases.demo-data=true}
 * @param signIn         how many failed sign-ins lock an account or a client address, and for how long
 * @param password       the password policy for passwords an admin sets
 */
@ConfigurationProperties("hotline.console")
public record ConsoleProperties(
        @DefaultValue("PT30M") Duration sessionTimeout,
        @DefaultValue("yinling-demo") String demoPassword,
        @DefaultValue SignIn signIn,
        @DefaultValue Password password) {

    /**
     * @param maxFailuresPerAccount failed sign-ins to one username, from anywhere, within {@code failureWindow}
     *                              that lock the username
     * @param maxFailuresPerAddress failed sign-ins from one client address, to any usernames, within
     *                              {@code failureWindow} that lock the address (higher: an office behind one
     *                              address has many agents who mistype)
     * @param failureWindow         how long failures are counted together
     * @param lockPeriod            how long a locked username or address is refused, even with the right password
     */
    public record SignIn(
            @DefaultValue("5") int maxFailuresPerAccount,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("PT15M") Duration failureWindow,
            @DefaultValue("PT15M") Duration lockPeriod) {

        public SignIn {
            if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
                throw new IllegalArgumentException("hotline.console.sign-in: the failure limits must be at least 1");
            }
        }
    }

    /** @param minLength fewest characters of a new password (at least 8) */
    public record Password(@DefaultValue("10") int minLength) {

        public Password {
            if (minLength < 8) {
                throw new IllegalArgumentException("hotline.console.password.min-length must be at least 8");
            }
        }
    }
}
