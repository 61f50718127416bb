package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PromptCatalogTest {

    private static PromptCatalog catalog(String lines) throws IOException {
        return PromptCatalog.read(new StringReader(lines));
    }

    @Test
    void aReplyIsSplitIntoTheFewestCatalogPieces() throws IOException {
        PromptCatalog c = catalog("""
                # numbers
                num.1=一
                num.2=二
                num.10=十
                unit.hour=小时
                a=还有
                b=还
                c=有补贴
                balance=补贴，
                """);
        assertThat(c.prompt("还有十二小时补贴。").ids()).containsExactly("a", "num.10", "num.2", "unit.hour", "balance");
    }

    @Test
    void theFewestPiecesWinOverTheLongestFirstPiece() throws IOException {
        // Greedy longest-match would take "预约好" and strand "了"; the catalog can say it as 预约 + 好了.
        PromptCatalog c = catalog("x=预约好\ny=预约\nz=好了\n");
        assertThat(c.prompt("预约好了").ids()).containsExactly("y", "z");
    }

    @Test
    void punctuationAndSpacesAreNotSpoken() throws IOException {
        PromptCatalog c = catalog("hello=您好，这里是银铃热线。\nname.wang=王\ntitle=阿姨\n");
        assertThat(c.prompt("王阿姨 您好 这里是银铃热线！").ids()).containsExactly("name.wang", "title", "hello");
        assertThat(c.prompt("。").ids()).isEmpty();
    }

    @Test
    void wordsTheCatalogCannotSayBecomeOneStablePieceEach() throws IOException {
        PromptCatalog c = catalog("title=阿姨\nhello=您好\nnum.1=一\n");
        Prompt p = c.prompt("欧阳阿姨您好");
        assertThat(p.ids()).hasSize(3).endsWith("title", "hello");
        assertThat(p.ids().get(0)).startsWith(PromptCatalog.FALLBACK_PREFIX);
        assertThat(p.hasFallback()).isTrue();
        assertThat(c.prompt("欧阳，阿姨您好").ids()).as("same words, same id").isEqualTo(p.ids());
        assertThat(c.prompt("阿姨您好").hasFallback()).isFalse();
        // One unknown stretch, not two around a piece the catalog happens to have.
        assertThat(c.prompt("欧一阳阿姨您好").ids()).hasSize(3).endsWith("title", "hello");
        // But no longer than the words the catalog lacks.
        assertThat(c.prompt("欧阳一阿姨您好").ids()).hasSize(4).endsWith("num.1", "title", "hello");
    }

    @Test
    void aCatalogMayNotSayTheSameTwiceOrRepeatAnId() {
        assertThatThrownBy(() -> catalog("a=您好。\nb=您好\n")).hasMessageContaining("say the same");
        assertThatThrownBy(() -> catalog("a=您好\na=再见\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> catalog("say.x=您好\n")).hasMessageContaining("not <id>=<text>");
        assertThatThrownBy(() -> catalog("a=。\n")).hasMessageContaining("says nothing");
    }

    @Test
    void theAnnouncementCarriesIdsAndWordsBothWays() {
        Prompt p = new Prompt("王阿姨您好，这里是银铃热线。", java.util.List.of("name.wang", "title.female", "welcome.known"));
        String line = PromptAnnouncement.format(p);
        assertThat(line).isEqualTo("prompt [name.wang title.female welcome.known] 王阿姨您好，这里是银铃热线。");
        assertThat(PromptAnnouncement.parse(line)).contains(p);
        assertThat(PromptAnnouncement.parse("something else")).isEmpty();
    }
}
