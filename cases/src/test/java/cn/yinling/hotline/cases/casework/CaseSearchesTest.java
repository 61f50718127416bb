package cn.yinling.hotline.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.CasesTestApplication;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

/**
 * Finding cases (案件查询) by number, elder's name, phone (whole or last four, the elder's own, the
 * family's, an unregistered caller's), state, type, agent, channel and opening date, newest first,
 * a page at a time with the total. Tests share one database, so each works with its own agent.
 */
class CaseSearchesTest extends CasesSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Cases cases;
    @Autowired
    CaseSearches searches;
    @Autowired
    AgentRepository agents;
    @Autowired
    Elders elders;

    Agent agent;
    Elder wang;
    String wangsPhone;
    String daughtersPhone;

    @BeforeEach
    void anAgentAndAnElderWithAFamily() {
        int n = SEQ.incrementAndGet();
        agent = agents.save(new Agent("search-" + community, "查询坐席", "x", AgentRole.AGENT, null));
        wang = street.elder(street.household(community, Registration.URBAN), "王" + community + "英");
        wangsPhone = String.format("1396%07d", 7_000_000 + n);
        daughtersPhone = String.format("1376%07d", 7_000_000 + n);
        elders.addPhone(wang.elderId(), wangsPhone);
        elders.addFamilyContact(wang.elderId(), "李娜", "女儿", daughtersPhone, true);
    }

    @Test
    void aWholeNumberFindsTheElderByTheirOwnNumberAndByTheirFamilysAndAnUnregisteredCallerByTheirs() {
        CareCase complaint = handBy(wang, ContactWay.INCOMING_CALL, CaseType.COMPLAINT, "护工迟到");
        String strangersPhone = String.format("1356%07d", 7_000_000 + SEQ.incrementAndGet());
        CareCase stranger = cases.openByHand(new ManualCase(null, "+86 " + strangersPhone, ContactWay.WALK_IN,
                CaseType.ENQUIRY, null, null, "问政策", agent.getId(), agent.getUsername()));

        assertThat(ids(search(null, null, wangsPhone, null))).containsExactly(complaint.getId());
        assertThat(ids(search(null, null, daughtersPhone, null))).containsExactly(complaint.getId());
        assertThat(ids(search(null, null, strangersPhone, null))).containsExactly(stranger.getId());
        assertThat(ids(search(null, null, "13500000000", null))).doesNotContain(complaint.getId(), stranger.getId());
    }

    @Test
    void theLastFourDigitsFindEveryNumberEndingSo() {
        CareCase c = handBy(wang, ContactWay.OUTGOING_CALL, CaseType.ENQUIRY, "回电");
        String lastFour = daughtersPhone.substring(daughtersPhone.length() - 4);

        Page<CareCase> found = searches.find(new CaseSearch(null, null, lastFour, Set.of(), null, agent.getId(), null,
                null, null), 0, 20);

        assertThat(ids(found)).containsExactly(c.getId());
        assertThat(new CaseSearch(null, null, lastFour, null, null, null, null, null, null).byLastFour()).isTrue();
    }

    @Test
    void aNameIsMatchedLiterallySoPercentAndUnderscoreAreNoWildcards() {
        CareCase c = handBy(wang, ContactWay.INCOMING_CALL, CaseType.ENQUIRY, "咨询");
        Elder odd = street.elder(street.household(community, Registration.URBAN), "百分%号_" + community);
        CareCase other = handBy(odd, ContactWay.INCOMING_CALL, CaseType.ENQUIRY, "咨询");

        assertThat(ids(search(null, "王" + community, null, null))).containsExactly(c.getId());
        assertThat(ids(search(null, "%号_" + community, null, null))).containsExactly(other.getId());
        assertThat(searches.find(new CaseSearch(null, "_", null, Set.of(), null, agent.getId(), null, null, null), 0, 20)
                .getContent()).extracting(CareCase::getId).containsExactly(other.getId());
    }

    @Test
    void stateTypeAgentChannelAndOpeningDaysNarrowTheSearch() {
        CareCase monday = handBy(wang, ContactWay.WALK_IN, CaseType.ENQUIRY, "上门咨询");
        clock.advance(Duration.ofDays(2));
        CareCase wednesday = handBy(wang, ContactWay.INCOMING_CALL, CaseType.COMPLAINT, "投诉服务态度");
        cases.recordOutcome(wednesday.getId(), ComplaintOutcome.NOT_UPHELD, null, agent.getUsername());
        cases.close(wednesday.getId(), "COMPLAINT_RECORDED", agent.getUsername());
        var mondayStart = CasesTestApplication.START.toLocalDate().atStartOfDay(ZONE).toInstant();

        assertThat(ids(mine(CaseSearch.OPEN, null, null, null, null))).containsExactly(monday.getId());
        assertThat(ids(mine(CaseSearch.DONE, null, null, null, null))).containsExactly(wednesday.getId());
        assertThat(ids(mine(Set.of(), CaseType.COMPLAINT, null, null, null))).containsExactly(wednesday.getId());
        assertThat(ids(mine(Set.of(), null, Channel.CONSOLE, null, null))).containsExactly(monday.getId());
        assertThat(ids(mine(Set.of(), null, Channel.VOICE, null, null))).containsExactly(wednesday.getId());
        assertThat(ids(mine(Set.of(), null, null, mondayStart, mondayStart.plus(Duration.ofDays(1)))))
                .containsExactly(monday.getId());
        assertThat(ids(mine(Set.of(), null, null, mondayStart.plus(Duration.ofDays(1)), null)))
                .containsExactly(wednesday.getId());
        assertThat(ids(searches.find(new CaseSearch(wednesday.getId(), null, null, Set.of(), null, null, null, null, null),
                0, 20))).containsExactly(wednesday.getId());
    }

    @Test
    void resultsComeNewestFirstAPageAtATimeWithTheTotal() {
        for (int i = 0; i < 25; i++) {
            handBy(wang, ContactWay.OTHER, CaseType.ENQUIRY, "第" + i + "件");
            clock.advance(Duration.ofMinutes(1));
        }
        Page<CareCase> first = searches.find(mineQuery(Set.of(), null, null, null, null), 0, 10);
        Page<CareCase> last = searches.find(mineQuery(Set.of(), null, null, null, null), 2, 10);

        assertThat(first.getTotalElements()).isEqualTo(25);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(first.getContent()).extracting(CareCase::getSubject).startsWith("第24件", "第23件");
        assertThat(last.getContent()).extracting(CareCase::getSubject).endsWith("第1件", "第0件").hasSize(5);
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrANumberWithLettersIsNoSearch() {
        var now = clock.instant();
        assertThatThrownBy(() -> new CaseSearch(null, null, null, null, null, null, null, now, now.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseSearch(null, null, "13%", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private CareCase handBy(Elder elder, ContactWay way, CaseType type, String note) {
        return cases.openByHand(new ManualCase(elder.elderId(), null, way, type, null, null, note, agent.getId(),
                agent.getUsername()));
    }

    private Page<CareCase> search(Long id, String name, String phone, Set<CaseStatus> statuses) {
        return searches.find(new CaseSearch(id, name, phone, statuses, null, null, null, null, null), 0, 50);
    }

    private Page<CareCase> mine(Set<CaseStatus> statuses, CaseType type, Channel channel, java.time.Instant from,
            java.time.Instant to) {
        return searches.find(mineQuery(statuses, type, channel, from, to), 0, 50);
    }

    private CaseSearch mineQuery(Set<CaseStatus> statuses, CaseType type, Channel channel, java.time.Instant from,
            java.time.Instant to) {
        return new CaseSearch(null, null, null, statuses, type, agent.getId(), channel, from, to);
    }

    private static List<Long> ids(Page<CareCase> page) {
        return page.getContent().stream().map(CareCase::getId).toList();
    }
}
