package cn.yinling.hotline.cases.intake;

/**
 * One thing wrong with an intake: the field ({@code fullName}, {@code idNumber}, {@code phones},
 * {@code family} …), the code of what is wrong (worded by the channel, e.g. {@code intake.problem.<code>}
 * in the console bundle) and what it concerns (a typed number, a contact's row, an elder's id), if anything.
 */
public record IntakeProblem(String field, String code, String detail) {

    static IntakeProblem of(String field, String code) {
        return new IntakeProblem(field, code, "");
    }

    static IntakeProblem of(String field, String code, Object detail) {
        return new IntakeProblem(field, code, String.valueOf(detail));
    }
}
