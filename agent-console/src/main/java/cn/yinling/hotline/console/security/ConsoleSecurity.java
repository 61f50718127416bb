package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.console.presence.Presence;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Security of the console only: the chain matches the console's own paths, so the chat API, the
 * WeChat callback and actuator are left exactly as their modules configure them (the application
 * module gives them their own chains; this one is ordered first, as theirs match everything else).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

    static final String[] CONSOLE_PATHS = {"/console", "/console/**", "/login", "/logout", "/api/console/**"};
    /** The elder import writes many records at once: supervisors and admins only. */
    static final String[] SUPERVISOR_PATHS = {"/console/supervisor/**", "/api/console/supervisor/**",
            "/console/elders/import", "/console/elders/import/**"};
    static final String[] ADMIN_PATHS = {"/console/admin/**"};

    /**
     * What the console's pages may load: only their own scripts, styles and images (no inline code or
     * style attributes: the charts are SVG drawn on the server), fetch and event streams to this
     * origin, forms posted here, and no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, SessionTimeoutOnLogin onLogin, AgentRepository agents,
            AgentAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, IdleSessions idle,
            Presence presence) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        http.securityMatcher(CONSOLE_PATHS)
                // Our own manager, without the global one as parent, so a refused attempt is never tried again unthrottled.
                .authenticationManager(new ProviderManager(new ThrottledSignIn(passwords, throttle)))
                .addFilterAfter(new DeactivatedAccountSignOut(agents), SecurityContextHolderFilter.class)
                .addFilterAfter(new IdleSignOut(idle, presence), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/console/assets/**", "/login").permitAll()
                        .requestMatchers(SUPERVISOR_PATHS).hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(ADMIN_PATHS).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(onLogin).failureHandler(new SignInFailures())
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").addLogoutHandler(onLogin))
                // The JSON API and the event stream answer 401 instead of redirecting to the login page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/console/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                // Spring's defaults stay: nosniff, Cache-Control no-store on every console response, HSTS over HTTPS.
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Cookies (the session cookie is the application's only one) are not sent along with requests
     * started by other sites (a form posted to the console from elsewhere arrives signed out), but
     * are with links followed to the console. Strict
     * would also drop it when an agent follows a link to a case from a message, which then always
     * asks them to sign in again. Secure is set by Tomcat on HTTPS requests and, for the prod
     * profile, by {@code server.servlet.session.cookie.secure}.
     */
    @Bean
    CookieSameSiteSupplier consoleCookiesSameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
