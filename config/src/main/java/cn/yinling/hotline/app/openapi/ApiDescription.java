package cn.yinling.hotline.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description (springdoc) of the two JSON APIs, one group each: the chat API, which anyone
 * may call and so anyone may read about ({@code /v3/api-docs}, {@code /v3/api-docs/chat}), and the
 * console's JSON API, described only to a signed-in console user ({@code /v3/api-docs/console}; see
 * {@code WaysInSecurity}). Swagger UI at {@code /swagger-ui.html} shows both. Pages, the WeChat
 * callback and actuator are not part of it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String CHAT = "chat";
    static final String CONSOLE = "console";
    static final String[] CHAT_PATHS = {"/api/chat", "/api/chat/**"};
    static final String[] CONSOLE_PATHS = {"/api/console/**"};

    @Bean
    OpenAPI hotlineApi() {
        return new OpenAPI()
                .info(new Info().title("Yinling Hotline (银铃热线)")
                        .description("JSON APIs of the hotline: the public chat API a web page or script talks to the "
                                + "dialog engine with, and the console's JSON API its pages use. Replies are in "
                                + "Simplified Chinese. Guide: docs/develop.md."));
    }

    @Bean
    GroupedOpenApi chatApi() {
        return GroupedOpenApi.builder().group(CHAT).displayName("Chat API (public)").pathsToMatch(CHAT_PATHS).build();
    }

    @Bean
    GroupedOpenApi consoleApi() {
        return GroupedOpenApi.builder().group(CONSOLE).displayName("Console JSON API (signed in)")
                .pathsToMatch(CONSOLE_PATHS)
                .addOpenApiCustomizer(api -> api.addTagsItem(new Tag().name("Console").description("The console's JSON "
                        + "API, for its own pages. Every call needs a signed-in console session (the console's cookie); "
                        + "without one it answers 401.")))
                .build();
    }
}
