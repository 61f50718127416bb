package cn.yinling.hotline.cases.elderimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize the largest file accepted (a 10,000-row .xlsx is about 1 MB)
 * @param maxRows     the most rows one file may have; a larger database is imported in several files
 * @param batchSize   rows written per transaction: a failure loses at most one batch, which is then
 *                    retried row by row so only the row at fault is skipped
 */
@ConfigurationProperties("hotline.elder-import")
public record ElderImportProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
        @DefaultValue("200") int batchSize) {
}
