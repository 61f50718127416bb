package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.ivr.ami.AmiProperties;
import cn.yinling.hotline.ivr.call.PromptCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Asterisk configuration shipped in {@code config/asterisk}, read as Asterisk reads it, against
 * what a real Asterisk 22 showed (#18, AGI-NOTES §11).
 */
class ShippedAsteriskConfigTest {

    private static final Path ASTERISK = Path.of("asterisk");
    private static final Pattern HOTLINE_SOUND = Pattern.compile("yinling/([A-Za-z0-9_.-]+)");

    private final Map<String, String> catalog = PromptCatalog.standard().prompts();

    @Nested
    class QueueAnnouncements {

        private final Conf queues = Conf.read(ASTERISK.resolve("queues.conf"));

        /**
         * app_queue says queue-thereare, then the caller's own position ({@code ast_say_number}, in
         * Chinese from digits/N), then queue-callswaiting; position 1 hears queue-youarenext.
         */
        @Test
        void theSecondCallerHearsTheyAreSecondNotThatTwoWaitAhead() {
            assertThat(announcement(2)).isEqualTo("您排在第二位，请稍候。");
            assertThat(announcement(3)).isEqualTo("您排在第三位，请稍候。");
            assertThat(said("queue-youarenext")).isEqualTo("您是下一位。");
            for (int position = 2; position <= 5; position++) {
                assertThat(announcement(position)).doesNotContain("前面");
            }
        }

        @Test
        void everyHotlineSoundOfTheQueueAndDialplanIsInTheCatalog() throws IOException {
            List<String> ids = new ArrayList<>();
            for (String file : List.of("queues.conf", "extensions.conf")) {
                for (String line : Files.readAllLines(ASTERISK.resolve(file), StandardCharsets.UTF_8)) {
                    Matcher m = HOTLINE_SOUND.matcher(line.contains(";") ? line.substring(0, line.indexOf(';')) : line);
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
            assertThat(ids).contains("queue.place", "queue.placeEnd", "queue.busy");
            assertThat(ids).as("sounds not in the prompt catalog").filteredOn(id -> !catalog.containsKey(id)).isEmpty();
        }

        @Test
        void theHoldMusicClassIsShippedWithTheQueue() {
            String musicClass = queues.value("hotline-q", "musicclass");
            Conf moh = Conf.read(ASTERISK.resolve("musiconhold.conf"));
            assertThat(musicClass).as("a minimal Asterisk has no [default] class").isNotEqualTo("default");
            assertThat(moh.sections()).containsKey(musicClass);
            assertThat(moh.value(musicClass, "mode")).isEqualTo("files");
            assertThat(moh.value(musicClass, "directory")).startsWith("/var/lib/asterisk/moh/");
        }

        private String announcement(int position) {
            return said("queue-thereare") + CHINESE_DIGITS[position] + said("queue-callswaiting");
        }

        private String said(String option) {
            Matcher m = HOTLINE_SOUND.matcher(queues.value("hotline-q", option));
            assertThat(m.matches()).as(option + " plays a hotline prompt").isTrue();
            return catalog.get(m.group(1));
        }
    }

    @Nested
    class ManagerInterface {

        private final Conf manager = Conf.read(ASTERISK.resolve("manager.conf"));

        @Test
        void listensOnLoopbackNotOnEveryAddress() {
            assertThat(manager.value("general", "bindaddr")).isEqualTo("127.0.0.1");
        }

        @Test
        void theHotlineUserDeniesEveryoneThenPermitsSingleHosts() {
            List<String[]> acl = manager.entries("hotline").stream()
                    .filter(e -> e[0].equals("deny") || e[0].equals("permit")).toList();
            assertThat(acl).isNotEmpty();
            assertThat(acl.get(0)).containsExactly("deny", "0.0.0.0/0.0.0.0");
            assertThat(acl.subList(1, acl.size())).isNotEmpty().allSatisfy(e -> {
                assertThat(e[0]).isEqualTo("permit");
                assertThat(e[1]).endsWith("/255.255.255.255");
            });
        }

        @Test
        void itsSecretIsThePlaceholderTheProdProfileRefuses() {
            assertThat(manager.value("hotline", "secret")).isEqualTo(AmiProperties.PLACEHOLDER_SECRET);
            assertThat(prodProfile()).containsEntry("secret-required", true);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> prodProfile() {
            try (var in = ShippedAsteriskConfigTest.class.getResourceAsStream("/application-prod.yml")) {
                Map<String, Object> yaml = new Yaml().load(in);
                return (Map<String, Object>) ((Map<String, Object>) yaml.get("hotline")).get("ami");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String[] CHINESE_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** An Asterisk .conf file: [sections] of {@code key = value} and {@code key => value}, ';' comments. */
    record Conf(Map<String, List<String[]>> sections) {

        static Conf read(Path file) {
            Map<String, List<String[]>> sections = new LinkedHashMap<>();
            List<String[]> current = null;
            try {
                for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int comment = raw.indexOf(';');
                    String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (line.startsWith("[") && line.contains("]")) {
                        current = sections.computeIfAbsent(line.substring(1, line.indexOf(']')), s -> new ArrayList<>());
                    } else if (current != null && line.contains("=")) {
                        int eq = line.indexOf('=');
                        String value = line.substring(eq + 1).strip();
                        current.add(new String[] {line.substring(0, eq).strip(), value.startsWith(">")
                                ? value.substring(1).strip() : value});
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file.toAbsolutePath(), e);
            }
            return new Conf(sections);
        }

        List<String[]> entries(String section) {
            assertThat(sections).containsKey(section);
            return sections.get(section);
        }

        String value(String section, String key) {
            return entries(section).stream().filter(e -> e[0].equals(key)).map(e -> e[1]).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + key + " in [" + section + "]"));
        }
    }
}
