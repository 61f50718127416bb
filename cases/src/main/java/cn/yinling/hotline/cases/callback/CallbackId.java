package cn.yinling.hotline.cases.callback;

/** One callback request, as carried on the outbound call's channel variables and in console paths. */
public record CallbackId(long value) {

    public static CallbackId parse(String text) {
        return new CallbackId(Long.parseLong(text.strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
