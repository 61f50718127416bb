package cn.yinling.hotline.ivr.ami;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** On when {@code hotline.ami.enabled=true}, or when {@code hotline.ami.host} is set and not disabled. */
class AmiConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        String enabled = env.getProperty("hotline.ami.enabled");
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.strip());
        }
        String host = env.getProperty("hotline.ami.host");
        return host != null && !host.isBlank();
    }
}
