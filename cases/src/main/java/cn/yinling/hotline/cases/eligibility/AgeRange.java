package cn.yinling.hotline.cases.eligibility;

/** Whole years of age, both bounds inclusive and optional: 75..79 is from the 75th birthday to the day before the 80th. */
public record AgeRange(Integer min, Integer max) {

    void validate(String code) {
        if (min == null && max == null || min != null && max != null && max < min || min != null && min < 0) {
            throw new IllegalArgumentException("Invalid policy: " + code + ": age needs min and/or max, min <= max");
        }
    }
}
