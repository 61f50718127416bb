package cn.yinling.hotline.cases.durable;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.PlatformTransactionManager;

/** The transaction manager that makes every acknowledged write durable, on H2 as on PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class DurabilityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DurabilityConfiguration.class);

    @Bean
    StoreFlush storeFlush(DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        try (Connection c = dataSource.getConnection()) {
            if ("H2".equals(c.getMetaData().getDatabaseProductName()) && !c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                log.info("Embedded H2: each read-write transaction is written to disk before it is answered");
                return new H2StoreFlush(dataSource, meters.getIfAvailable(SimpleMeterRegistry::new));
            }
            return StoreFlush.ON_COMMIT;
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot tell which database this is", e);
        }
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory emf, StoreFlush storeFlush) {
        return new DurableJpaTransactionManager(emf, storeFlush);
    }
}
