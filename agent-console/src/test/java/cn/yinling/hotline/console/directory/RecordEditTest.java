package cn.yinling.hotline.console.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.Household;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Editing an elder's record from the directory: validation in Chinese, the domain's rules, and an audit entry per change. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class RecordEditTest {

    static final AtomicInteger SEQ = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    Entitlements entitlements;
    @Autowired
    AuditTrail audit;

    Agent li;
    Elder elder;
    String base;

    @BeforeEach
    void anElderInTheDirectory() {
        li = testAgents.create(AgentRole.AGENT, "李娜");
        elder = street.elderWithPolicy(street.newCommunity(), null);
        base = "/console/elders/" + elder.getId();
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    static String mobile(String prefix) {
        return prefix + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
    }

    @Nested
    class Phones {

        @Test
        void numbersInAnySpellingAreSavedCanonicallyAndAudited() throws Exception {
            String m = mobile("158");
            String spelled = "+86 " + m.substring(0, 3) + "-" + m.substring(3, 7) + " " + m.substring(7);
            mvc.perform(post(base + "/phones").param("phones", spelled + "\n0555-6543210").with(as(li)).with(csrf()))
                    .andExpect(redirectedUrl(base + "#edit-phones"))
                    .andExpect(flash().attribute("done", "登记电话已保存。"));
            assertThat(elders.phonesOf(elder.elderId())).extracting(PhoneNumber::digits).containsExactlyInAnyOrder(m, "05556543210");
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
                assertThat(e.getAction()).isEqualTo(AuditEntry.Action.UPDATE);
                assertThat(e.getDetail()).startsWith("修改登记电话").contains(m);
            });
        }

        @Test
        void aBadNumberIsNamedAndNothingChanges() throws Exception {
            String m = mobile("157");
            elders.addPhone(elder.elderId(), m);
            mvc.perform(post(base + "/phones").param("phones", m + "，12345").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("电话号码“12345”格式不正确")));
            assertThat(elders.phonesOf(elder.elderId())).extracting(PhoneNumber::digits).containsExactly(m);
        }

        @Test
        void someoneElsesNumberIsRefused() throws Exception {
            Elder other = street.elderWithPolicy(street.newCommunity(), null);
            String theirs = mobile("156");
            elders.addPhone(other.elderId(), theirs);
            mvc.perform(post(base + "/phones").param("phones", theirs).with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("已登记在其他老人或家属名下")));
            assertThat(elders.phonesOf(elder.elderId())).isEmpty();
        }
    }

    @Nested
    class AddressAndSituation {

        @Test
        void theAddressChangesWithinTheRuralLimitOfTwoAYear() throws Exception {
            Household h = street.household(street.newCommunity(), Registration.RURAL);
            Elder rural = street.elder(h, "张桂兰");
            entitlements.enrol(rural.elderId(), "RURAL_75_79", LocalDate.of(2025, 1, 1), null);
            String url = "/console/elders/" + rural.getId() + "/address";
            mvc.perform(post(url).param("address", "城里女儿家").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("done", "服务地址已保存。"));
            mvc.perform(post(url).param("address", "回村里老家").with(as(li)).with(csrf()));
            mvc.perform(post(url).param("address", "又去城里").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", "服务地址每年最多变更2次，今年已达上限，不能再变更。"));
            assertThat(elders.get(rural.elderId()).getAddress()).isEqualTo("回村里老家");
            assertThat(audit.of(rural.elderId())).anySatisfy(e -> assertThat(e.getDetail()).contains("→ 回村里老家"));
        }

        @Test
        void aBlankAddressIsRefused() throws Exception {
            mvc.perform(post(base + "/address").param("address", " ").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("请填写服务地址")));
        }

        @Test
        void livingSituationFlagsAndHealthNotesAreSaved() throws Exception {
            mvc.perform(post(base + "/situation").param("living", "EMPTY_NEST").param("dibao", "true")
                    .param("disabled", "true").param("healthNotes", "高血压，行动需拐杖").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("done", "居住情况与身份标识已保存。"));
            Elder saved = elders.get(elder.elderId());
            assertThat(saved.getLivingSituation()).isEqualTo(LivingSituation.EMPTY_NEST);
            assertThat(saved.getFlags().dibao()).isTrue();
            assertThat(saved.getFlags().disabled()).isTrue();
            assertThat(saved.getFlags().sanwu()).isFalse();
            assertThat(saved.getHealthNotes()).isEqualTo("高血压，行动需拐杖");
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> assertThat(e.getDetail()).contains("空巢").contains("低保、残疾"));
            mvc.perform(post(base + "/situation").param("living", "SOMEWHERE").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", "请选择居住情况。"));
        }
    }

    @Nested
    class FamilyContacts {

        @Test
        void aContactIsAddedEditedAndRemoved() throws Exception {
            String phone = mobile("155");
            mvc.perform(post(base + "/family").param("name", "王磊").param("relation", "儿子").param("phone", "+86" + phone)
                    .param("notifyConsent", "true").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("done", "家属联系人已添加。"));
            FamilyContact f = elders.familyOf(elder.elderId()).get(0);
            assertThat(f.isNotifyConsent()).isTrue();
            assertThat(elders.findByPhone(phone)).hasValueSatisfying(c -> assertThat(c.familyContact().getId()).isEqualTo(f.getId()));

            mvc.perform(post(base + "/family/" + f.getId()).param("name", "王磊").param("relation", "长子").param("phone", "")
                    .with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("done", "家属联系人已保存。"));
            FamilyContact changed = elders.familyOf(elder.elderId()).get(0);
            assertThat(changed.getRelation()).isEqualTo("长子");
            assertThat(changed.isNotifyConsent()).isFalse();
            assertThat(elders.findByPhone(phone)).isEmpty();

            mvc.perform(post(base + "/family/" + f.getId() + "/remove").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("done", "家属联系人已删除。"));
            assertThat(elders.familyOf(elder.elderId())).isEmpty();
            assertThat(audit.of(elder.elderId())).extracting(AuditEntry::getDetail)
                    .anySatisfy(d -> assertThat(d).startsWith("添加家属联系人：王磊（儿子）"))
                    .anySatisfy(d -> assertThat(d).startsWith("修改家属联系人：王磊（长子）"))
                    .anySatisfy(d -> assertThat(d).startsWith("删除家属联系人：王磊（长子）"));
        }

        @Test
        void aContactNeedsANameARelationAndAValidPhone() throws Exception {
            mvc.perform(post(base + "/family").param("name", " ").param("relation", "女儿").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("请填写家属姓名")));
            mvc.perform(post(base + "/family").param("name", "王芳").param("relation", "").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("请填写与老人的关系")));
            mvc.perform(post(base + "/family").param("name", "王芳").param("relation", "女儿").param("phone", "0086-12")
                    .with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("电话号码“0086-12”格式不正确")));
            assertThat(elders.familyOf(elder.elderId())).isEmpty();
        }

        @Test
        void aWechatBoundContactIsKept() throws Exception {
            FamilyContact f = elders.addFamilyContact(elder.elderId(), "王芳", "女儿", null, true);
            elders.bindWechat(f.getId(), "openid-edit-" + f.getId());
            mvc.perform(post(base + "/family/" + f.getId() + "/remove").with(as(li)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("已绑定微信")));
            assertThat(elders.familyOf(elder.elderId())).hasSize(1);
        }

        @Test
        void theRecordPageShowsTheEditForms() throws Exception {
            elders.addFamilyContact(elder.elderId(), "王芳", "女儿", null, true);
            mvc.perform(get(base).with(as(li)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"edit-phones\"")))
                    .andExpect(content().string(containsString("value=\"王芳\"")));
        }
    }

    @Nested
    class Permissions {

        @Test
        void unauthenticatedOrWithoutTheTokenNothingChanges() throws Exception {
            mvc.perform(post(base + "/address").param("address", "别处").with(csrf())).andExpect(redirectedUrl("/login"));
            mvc.perform(post(base + "/address").param("address", "别处").with(as(li))).andExpect(status().isForbidden());
            mvc.perform(post(base + "/family").param("name", "王芳").param("relation", "女儿").with(as(li)))
                    .andExpect(status().isForbidden());
            assertThat(elders.get(elder.elderId()).getAddress()).isEqualTo(elder.getAddress());
            assertThat(elders.familyOf(elder.elderId())).isEmpty();
        }

        @Test
        void anotherEldersContactIsNotFoundThroughThisRecord() throws Exception {
            Elder other = street.elderWithPolicy(street.newCommunity(), null);
            FamilyContact theirs = elders.addFamilyContact(other.elderId(), "赵强", "儿子", null, false);
            mvc.perform(post(base + "/family/" + theirs.getId() + "/remove").with(as(li)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(base + "/family/" + theirs.getId()).param("name", "x").param("relation", "y")
                    .with(as(li)).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(elders.familyOf(other.elderId())).hasSize(1);
        }
    }
}
