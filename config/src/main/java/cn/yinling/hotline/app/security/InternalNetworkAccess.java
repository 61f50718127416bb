package cn.yinling.hotline.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request to actuator from one of {@code hotline.actuator.internal-networks} gets the role
 * INTERNAL_NETWORK for this request only (nothing is stored in a session), unless someone is signed
 * in. The address is the connection's, or, with {@code server.forward-headers-strategy=native} behind
 * a proxy, the client's as the proxy reports it.
 */
class InternalNetworkAccess extends OncePerRequestFilter {

    static final String ROLE = "INTERNAL_NETWORK";

    private final List<IpAddressMatcher> networks;

    InternalNetworkAccess(List<String> networks) {
        this.networks = networks.stream().map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if ((current == null || current instanceof AnonymousAuthenticationToken) && internal(request.getRemoteAddr())) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("internal-network " + request.getRemoteAddr(),
                    null, AuthorityUtils.createAuthorityList("ROLE_" + ROLE)));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    boolean internal(String address) {
        return address != null && networks.stream().anyMatch(n -> n.matches(address));
    }
}
