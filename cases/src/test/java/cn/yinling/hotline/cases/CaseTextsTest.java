package cn.yinling.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.yinling.hotline.cases.casework.ComplaintType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseTextsTest {

    @Test
    void everyComplaintTypeHasAChineseLabel() {
        for (ComplaintType type : ComplaintType.values()) {
            assertThatCode(() -> CaseTexts.text("complaintType." + type.name())).doesNotThrowAnyException();
            assertThat(CaseTexts.text("complaintType." + type.name())).doesNotContain(type.name());
        }
        assertThat(CaseTexts.text("subject.complaint", CaseTexts.text("complaintType.QUALITY"))).isEqualTo("投诉：服务质量");
    }

    @Test
    void numbersAndDatesAreWrittenAsTheyAre() {
        assertThat(CaseTexts.text("queue.answered", 1234, "zhang")).isEqualTo("来电等待1234秒后由zhang接听");
        assertThat(CaseTexts.text("checkin.noAnswer", LocalDate.of(2026, 11, 23), 3))
                .isEqualTo("爱心敲门：2026-11-23 共呼叫3次无人应答");
    }
}
