package cn.yinling.hotline.cases.intake;

import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.elder.Sex;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything a centre records when it takes an elder in (建档). {@code sex} and {@code birthDate} may be
 * null: the ID number says both, and when given they must agree with it. {@code adl} with its date and
 * assessor is the intake assessment; null when none was made yet.
 */
public record NewElder(String fullName, Sex sex, LocalDate birthDate, String idNumber, Registration registration,
        String address, String street, String community, List<String> phones, List<Contact> family,
        LivingSituation livingSituation, ElderFlags flags, String healthNotes, LocalTime checkinTime, Adl adl,
        LocalDate adlAssessedOn, String adlAssessor) {

    /** A family member to call or notify; {@code consent} to being notified (WeChat, SMS) as the law asks. */
    public record Contact(String name, String relation, String phone, boolean consent) {
    }
}
