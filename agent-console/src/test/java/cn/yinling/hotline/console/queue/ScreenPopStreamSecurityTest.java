package cn.yinling.hotline.console.queue;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.console.ConsoleTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Screen pops are for a signed-in agent only: the stream says who is listening by the session, never by a parameter. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ScreenPopStreamSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theScreenPopStreamAnswers401WithoutASession() throws Exception {
        mvc.perform(get("/api/console/me/pops").accept(MediaType.TEXT_EVENT_STREAM)).andExpect(status().isUnauthorized());
    }
}
