package cn.yinling.hotline.ivr.simulator;

/**
 * A {@code RECORD FILE} as the simulated Asterisk carried it out.
 *
 * @param file    the file asked for, without extension (Asterisk adds the format's)
 * @param format  the format asked for ({@code wav})
 * @param samples what the file holds, in 8 kHz samples (the reply's {@code endpos})
 * @param reply   the reply sent, {@code 200 result=35 (dtmf) endpos=…}
 */
public record Recording(String file, String format, long samples, String reply) {

    public double seconds() {
        return samples / 8000.0;
    }
}
