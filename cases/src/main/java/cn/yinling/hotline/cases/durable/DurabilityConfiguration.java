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
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The transaction manager that makes every acknowledged write durable, on H2 as on PostgreSQL. */
@Configuration(proxyBeanMethods = false)
public class DurabilityConfiguration {

    /** The transaction manager of bookkeeping writes that nobody is told about: {@code @Transactional(transactionManager = BOOKKEEPING)}. */
    public static final String BOOKKEEPING = "bookkeepingTransactions";

    private static final Logger log = LoggerFactory.getLogger(DurabilityConfiguration.class);

    /** Static: a post-processor, which must exist before the data source it looks at. */
    @Bean
    static OwnerOnlyH2Files ownerOnlyH2Files() {
        return new OwnerOnlyH2Files();
    }

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

    /** Every transaction's, unless it names {@link #BOOKKEEPING}. */
    @Bean
    @Primary
    PlatformTransactionManager transactionManager(EntityManagerFactory emf, StoreFlush storeFlush) {
        return new DurableJpaTransactionManager(emf, storeFlush);
    }

    /**
     * For the hotline's record of its own calls and chats (a conversation started, identified,
     * linked to a case, ended), which no caller is told about: these commit without waiting for the
     * disk, as the transcript lines do, and a crash may lose the last of them. Every call makes
     * three, at its first turn and at its end, so on the embedded H2 each would otherwise wait for
     * a synced checkpoint.
     */
    @Bean(BOOKKEEPING)
    PlatformTransactionManager bookkeepingTransactions(EntityManagerFactory emf) {
        return new JpaTransactionManager(emf);
    }
}
