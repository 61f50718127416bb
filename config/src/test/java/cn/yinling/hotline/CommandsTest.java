package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void anUnknownCommandIsABadUsage() {
        assertThat(Commands.run("frobnicate", new String[0])).isEqualTo(2);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(Commands.run("help", new String[0])).isZero();
    }
}
