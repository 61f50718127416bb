package cn.yinling.hotline.cases.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idNumberKey the secret of the ID-number digest (at least 16 characters). The default is for
 *                    the embedded demo only; the prod profile takes it from {@code HOTLINE_ID_NUMBER_KEY}
 *                    and does not start without one. Kept outside the database: with the key, the
 *                    digests of the few million plausible numbers of a district could be computed.
 *                    Changing it makes every stored digest unfindable (re-type or re-import the numbers).
 */
@ConfigurationProperties("hotline.intake")
public record IntakeProperties(@DefaultValue("yinling-demo-id-number-key-not-for-production") String idNumberKey) {
}
