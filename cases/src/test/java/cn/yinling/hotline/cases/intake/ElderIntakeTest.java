package cn.yinling.hotline.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.assessment.AssessmentKind;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.support.IdNumbers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Taking an elder in: all or nothing, every problem at once, the ID number as the key, ADL history. */
class ElderIntakeTest extends CasesSpringTest {

    static final AtomicInteger PHONE = new AtomicInteger(100);

    @Autowired
    ElderIntake intake;
    @Autowired
    Elders elders;
    @Autowired
    AdlAssessments assessments;

    static String mobile() {
        return "1390555" + String.format("%04d", PHONE.getAndIncrement());
    }

    NewElder form(String idNumber, String address, List<String> phones, List<NewElder.Contact> family, Adl adl) {
        return new NewElder("王秀英", null, null, idNumber, Registration.RURAL, address, "雨山街道", community, phones, family,
                LivingSituation.ALONE, new ElderFlags(false, true, false, false, false, false), "高血压，每天早上服药",
                LocalTime.of(9, 30), adl, adl == null ? null : LocalDate.of(2026, 2, 20), "社区护士 李芳");
    }

    @Test
    void anElderIsTakenInWithEverythingTheRecordHolds() {
        String id = IdNumbers.fresh(LocalDate.of(1948, 3, 12), false);
        String own = mobile();
        String son = mobile();
        ElderIntake.Outcome out = intake.register(form(id, "东风路12号3栋2单元401", List.of(own),
                List.of(new NewElder.Contact("王磊", "儿子", son, true), new NewElder.Contact("", "", "", false)),
                new Adl(true, true, true, false, false)), "agent1");
        assertThat(out.problems()).isEmpty();
        Elder e = elders.get(out.elderId());
        assertThat(e.getSex()).isEqualTo(Sex.FEMALE);
        assertThat(e.getBirthDate()).isEqualTo(LocalDate.of(1948, 3, 12));
        assertThat(e.idNumber().value()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(e.getIdNumberDigest()).hasSize(64).doesNotContain(id);
        assertThat(e.getRegistration()).isEqualTo(Registration.RURAL);
        assertThat(e.getCommunity()).isEqualTo(community);
        assertThat(e.getFlags().dibao()).isTrue();
        assertThat(e.getCheckinTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(e.getAdl().unableToSelfCare()).isTrue();
        assertThat(e.getAdlAssessedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(elders.phonesOf(out.elderId())).extracting(PhoneNumber::digits).containsExactly(own);
        assertThat(elders.familyOf(out.elderId())).singleElement().satisfies(f -> {
            assertThat(f.getFullName()).isEqualTo("王磊");
            assertThat(f.isNotifyConsent()).isTrue();
        });
        assertThat(elders.findByPhone(son)).isPresent();
        assertThat(assessments.history(out.elderId())).singleElement()
                .satisfies(a -> assertThat(a.getKind()).isEqualTo(AssessmentKind.INTAKE));
    }

    @Test
    void theSameIdNumberTwiceIsRefusedWithTheElderOnFile() {
        String id = IdNumbers.fresh(LocalDate.of(1950, 1, 1), true);
        ElderId first = intake.register(form(id, "东风路1号", List.of(), List.of(), null), "agent1").elderId();
        ElderIntake.Outcome again = intake.register(form(id.substring(0, 17) + id.substring(17).toLowerCase(),
                "东风路2号", List.of(), List.of(), null), "agent1");
        assertThat(again.created()).isFalse();
        assertThat(again.problems()).containsExactly(new IntakeProblem("idNumber", "idNumber.onFile",
                String.valueOf(first.value())));
    }

    @Test
    void everyProblemIsSaidAtOnceAndNothingIsSaved() {
        String taken = mobile();
        intake.register(form(IdNumbers.fresh(LocalDate.of(1944, 5, 5), true), "东风路3号", List.of(taken), List.of(), null),
                "agent1");
        long before = elders.search(community, 100).size();
        String badId = "340504194803120023";
        NewElder bad = new NewElder(" ", Sex.MALE, null, badId, null, "", "雨山街道", community,
                List.of("12345", taken), List.of(new NewElder.Contact("", "儿子", "abc", false)), null,
                ElderFlags.none(), null, null, Adl.independent(), LocalDate.of(2027, 1, 1), "");
        ElderIntake.Outcome out = intake.register(bad, "agent1");
        assertThat(out.created()).isFalse();
        assertThat(out.problems()).extracting(IntakeProblem::code).contains("fullName.missing", "idNumber.CHECK_DIGIT",
                "registration.missing", "address.missing", "livingSituation.missing", "phones.invalid", "phones.taken",
                "family.name", "adl.DATE_IN_FUTURE", "adl.ASSESSOR_MISSING");
        assertThat(elders.search(community, 100)).hasSize((int) before);
    }

    @Test
    void sexOrBirthDateThatDisagreeWithTheIdNumberAreCaught() {
        String id = IdNumbers.fresh(LocalDate.of(1952, 6, 6), true);
        NewElder f = form(id, "东风路4号", List.of(), List.of(), null);
        NewElder wrong = new NewElder(f.fullName(), Sex.FEMALE, LocalDate.of(1952, 6, 7), id, f.registration(), f.address(),
                f.street(), f.community(), f.phones(), f.family(), f.livingSituation(), f.flags(), f.healthNotes(),
                f.checkinTime(), null, null, null);
        assertThat(intake.register(wrong, "agent1").problems()).extracting(IntakeProblem::code)
                .containsExactly("sex.mismatch", "birthDate.mismatch");
    }

    @Test
    void aSpouseAtTheSameAddressJoinsTheHousehold() {
        ElderId wife = intake.register(form(IdNumbers.fresh(LocalDate.of(1949, 2, 2), false), "东风路5号", List.of(),
                List.of(), null), "agent1").elderId();
        ElderId husband = intake.register(form(IdNumbers.fresh(LocalDate.of(1947, 8, 8), true), "东风路5号", List.of(),
                List.of(), null), "agent1").elderId();
        assertThat(elders.get(husband).getHouseholdId()).isEqualTo(elders.get(wife).getHouseholdId());
    }

    @Test
    void theLatestAssessmentByDateIsTheRecordsAndEveryOneIsKept() {
        ElderId e = intake.register(form(IdNumbers.fresh(LocalDate.of(1940, 4, 4), false), "东风路6号", List.of(), List.of(),
                new Adl(true, false, false, false, false)), "agent1").elderId();
        assessments.record(e, LocalDate.of(2026, 3, 1), AssessmentKind.REASSESSMENT, "社区护士 李芳",
                new Adl(true, true, true, true, false), "跌倒后复评", "agent2");
        assessments.record(e, LocalDate.of(2026, 2, 1), AssessmentKind.MONTHLY, "社工 周敏",
                Adl.independent(), null, "agent2");
        assertThat(elders.get(e).getAdl().itemsNeedingHelp()).isEqualTo(4);
        assertThat(elders.get(e).getAdlAssessedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(assessments.history(e)).extracting(a -> a.getAssessedOn().toString())
                .containsExactly("2026-03-01", "2026-02-20", "2026-02-01");
    }

    @Test
    void anIdentityIsCorrectedAndAnotherElderNumberIsRefused() {
        String other = IdNumbers.fresh(LocalDate.of(1945, 3, 3), true);
        intake.register(form(other, "东风路7号", List.of(), List.of(), null), "agent1");
        ElderId e = intake.register(form(IdNumbers.fresh(LocalDate.of(1946, 9, 9), false), "东风路8号", List.of(), List.of(),
                null), "agent1").elderId();
        assertThat(intake.correctIdentity(e, "王秀兰", other, Registration.URBAN)).extracting(IntakeProblem::code)
                .containsExactly("idNumber.onFile");
        String right = IdNumbers.fresh(LocalDate.of(1946, 9, 19), false);
        assertThat(intake.correctIdentity(e, "王秀兰", right, Registration.URBAN)).isEmpty();
        Elder after = elders.get(e);
        assertThat(after.getFullName()).isEqualTo("王秀兰");
        assertThat(after.getBirthDate()).isEqualTo(LocalDate.of(1946, 9, 19));
        assertThat(after.getRegistration()).isEqualTo(Registration.URBAN);
        assertThat(intake.correctIdentity(e, "王秀兰", "", Registration.URBAN)).isEmpty();
        assertThat(elders.get(e).getBirthDate()).isEqualTo(LocalDate.of(1946, 9, 19));
    }
}
