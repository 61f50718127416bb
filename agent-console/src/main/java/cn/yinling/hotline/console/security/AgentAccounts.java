package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Console users come from the {@code agent} table; the role becomes ROLE_AGENT / ROLE_SUPERVISOR / ROLE_ADMIN. */
@Service
class AgentAccounts implements UserDetailsService {

    private final AgentRepository agents;

    AgentAccounts(AgentRepository agents) {
        this.agents = agents;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Agent a = agents.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(a.getUsername())
                .password(a.getPasswordHash())
                .roles(a.getRole().name())
                .disabled(!a.isActive())
                .build();
    }
}
