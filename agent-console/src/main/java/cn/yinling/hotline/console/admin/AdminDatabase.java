package cn.yinling.hotline.console.admin;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.password.PasswordPolicy;
import java.time.Clock;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The part of the hotline {@link CreateAdminCommand} needs: the configured database migrated by
 * Flyway as at start-up, the account and audit tables, the password policy and the same BCrypt
 * hashing as the console's sign-in. Deliberately not a {@code @Configuration}: the application's
 * component scan must not find it (the running hotline has all of this already).
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class})
@EntityScan(basePackageClasses = Agent.class)
@EnableJpaRepositories(basePackageClasses = Agent.class)
@EnableConfigurationProperties({CasesProperties.class, ConsoleProperties.class})
@Import({AuditTrail.class, ConsoleMessages.class, ConsoleAudit.class, PasswordPolicy.class, AccountAdministration.class})
class AdminDatabase {

    @Bean
    Clock clock(CasesProperties cases) {
        return Clock.system(cases.zone());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
