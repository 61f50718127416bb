package cn.yinling.hotline.app.security;

import cn.yinling.hotline.bot.ApiHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of every way in except the console (which has its own chain, ordered first): actuator,
 * and everything else — the chat API and error pages. (The WeChat callback is served ahead of every
 * filter and sets the same headers itself, see {@link ApiHeaders}.)
 *
 * <p>Actuator: anyone may read the health status and the two probes (a load balancer and
 * Kubernetes' kubelet call them from addresses that are not known in advance, and need only the
 * status); details (components, database, disk path, Redis) and every other endpoint (metrics,
 * Prometheus, answer times, info) only a signed-in console admin (the console's session) or a client
 * from {@code hotline.actuator.internal-networks}. Anyone else gets 401.
 *
 * <p>Everything else stays open to anyone (the chat API and the WeChat callback have their own
 * checks), but every answer carries the same protective headers as the console's: a strict
 * Content-Security-Policy (these answers are JSON, XML or plain error pages, which load nothing),
 * nosniff, no referrer, no framing, and {@code Cache-Control: no-store}, since chat replies hold
 * balances and bookings. No session is created for them, and no CSRF token is asked for: nothing
 * here is authorised by a cookie.
 *
 * <p>The web chat page ({@code /chat}) is the one page among them: it gets a policy of its own that
 * lets it load its own script and style and fetch the chat API, and nothing more.
 */
@Configuration(proxyBeanMethods = false)
class WaysInSecurity {

    /** For answers that are not pages (the same as the WeChat callback's): they load nothing and may be framed by no one. */
    static final String CONTENT_SECURITY_POLICY = ApiHeaders.CONTENT_SECURITY_POLICY;
    static final String[] OPEN_HEALTH = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};
    /** The web chat page and its script and style. */
    static final String[] WEB_CHAT = {"/chat", "/chat/**"};
    /**
     * The web chat page: its own script and style only (no inline code), fetches to this origin (the
     * chat API), nothing posted by a form (the script sends), no framing.
     */
    static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/v3/api-docs.yaml/**"};
    /** The chat API's description, and the list of descriptions Swagger UI offers; the console's needs a console session. */
    static final String[] PUBLIC_API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/chat", "/v3/api-docs/swagger-config",
        "/v3/api-docs.yaml", "/v3/api-docs.yaml/chat"};
    static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};
    /**
     * Swagger UI: its own scripts and styles, its icons (data: images), fetches of the descriptions; nothing
     * else. The one inline style it writes (the colours of its logo, swagger-ui 5.32) is allowed by its hash.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String WEB_CHAT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, ActuatorProperties properties) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .addFilterBefore(new InternalNetworkAccess(properties.internalNetworks()), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(OPEN_HEALTH).permitAll()
                        .anyRequest().hasAnyRole("ADMIN", InternalNetworkAccess.ROLE))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return notAPage(http).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChatFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(WEB_CHAT).authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return notAPage(http).headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(WEB_CHAT_POLICY))).build();
    }

    /** The OpenAPI description: the chat API's (and Swagger UI's settings) to anyone, everything else only to the console. */
    @Bean
    @Order(4)
    SecurityFilterChain apiDescriptionFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(API_DESCRIPTION)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API_DESCRIPTION).permitAll().anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return notAPage(http).build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain swaggerUiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SWAGGER_UI).authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return notAPage(http).headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SWAGGER_UI_POLICY))).build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElseFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return notAPage(http).build();
    }

    /** No session made, no CSRF, no saved request or logout; strict headers. Reads the console session when there is one. */
    private static HttpSecurity notAPage(HttpSecurity http) throws Exception {
        return http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .logout(l -> l.disable())
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
    }
}
