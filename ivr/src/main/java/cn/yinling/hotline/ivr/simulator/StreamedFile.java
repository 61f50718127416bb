package cn.yinling.hotline.ivr.simulator;

/**
 * One {@code STREAM FILE} as the simulated Asterisk answered it.
 *
 * @param file  as asked for: {@code <sound directory>/<id>}
 * @param found whether there was such a file (else {@code result=-1 endpos=0})
 */
public record StreamedFile(String file, boolean found) {
}
