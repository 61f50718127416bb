package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** When the AMI client is on: a host turns it on, {@code enabled} overrides either way. */
class AmiConfiguredTest {

    @Configuration(proxyBeanMethods = false)
    @Conditional(AmiConfigured.class)
    static class OnlyWithAmi {

        @Bean
        String ami() {
            return "on";
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(OnlyWithAmi.class);

    @Test
    void offWhenNothingIsConfigured() {
        runner.run(c -> assertThat(c).doesNotHaveBean("ami"));
    }

    @Test
    void onWithAHost() {
        runner.withPropertyValues("hotline.ami.host=10.0.0.5").run(c -> assertThat(c).hasBean("ami"));
    }

    @Test
    void offWithAHostWhenDisabled() {
        runner.withPropertyValues("hotline.ami.host=10.0.0.5", "hotline.ami.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean("ami"));
    }

    @Test
    void onWithoutAHostWhenEnabled() {
        runner.withPropertyValues("hotline.ami.enabled=true").run(c -> assertThat(c).hasBean("ami"));
    }

    @Test
    void anEmptyHostIsNoHost() {
        runner.withPropertyValues("hotline.ami.host=").run(c -> assertThat(c).doesNotHaveBean("ami"));
    }
}
