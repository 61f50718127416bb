package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.AgentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Security of the console only: the chain matches the console's own paths, so the chat API, the
 * WeChat callback and actuator are left exactly as their modules configure them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

    static final String[] CONSOLE_PATHS = {"/console", "/console/**", "/login", "/logout", "/api/console/**"};
    static final String[] SUPERVISOR_PATHS = {"/console/supervisor/**", "/api/console/supervisor/**"};
    static final String[] ADMIN_PATHS = {"/console/admin/**"};

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, SessionTimeoutOnLogin onLogin, AgentRepository agents)
            throws Exception {
        http.securityMatcher(CONSOLE_PATHS)
                .addFilterAfter(new DeactivatedAccountSignOut(agents), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/console/assets/**", "/login").permitAll()
                        .requestMatchers(SUPERVISOR_PATHS).hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(ADMIN_PATHS).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(onLogin).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").addLogoutHandler(onLogin))
                // The JSON API and the event stream answer 401 instead of redirecting to the login page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/console/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
