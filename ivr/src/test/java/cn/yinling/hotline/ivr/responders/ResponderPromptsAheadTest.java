package cn.yinling.hotline.ivr.responders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.cases.responders.Responders;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponderPromptsAheadTest {

    @Test
    void everyElderWithResponderWhoseNameOrAddressIsFreeTextIsCounted() {
        Responders responders = mock(Responders.class);
        when(responders.noticesAhead()).thenReturn(List.of(
                new ResponderNotice(0, null, "欧阳翠花", "欧阳", Sex.FEMALE, "东风社区3号楼2单元", null),
                new ResponderNotice(0, null, "诸葛明", "诸葛", Sex.MALE, "红星社区8号院", null)));
        assertThat(new ResponderPromptsAhead(responders).splitAll()).isEqualTo(2);
    }

    @Test
    void nobodyWithRespondersNothingToSplit() {
        Responders responders = mock(Responders.class);
        when(responders.noticesAhead()).thenReturn(List.of());
        assertThat(new ResponderPromptsAhead(responders).splitAll()).isZero();
    }
}
