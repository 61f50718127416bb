package cn.yinling.hotline.bot.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import me.chanjar.weixin.common.util.crypto.PKCS7Encoder;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.springframework.http.HttpStatus;

/**
 * Safe mode (AES-256-CBC with the EncodingAESKey). Encryption, the envelope and the signatures are
 * WxJava's; decryption is overridden only because WxJava 4.7.9.B skips the app id check (its code
 * for it is commented out): a message encrypted for another Official Account is refused here.
 */
final class SafeModeCrypt extends WxCryptUtil {

    SafeModeCrypt(String token, String aesKey, String appId) {
        super(token, aesKey, appId);
    }

    /** Checks {@code msg_signature} over the ciphertext, then decrypts it. */
    String open(String msgSignature, String timestamp, String nonce, String cipherText) {
        if (msgSignature == null || cipherText == null || cipherText.isBlank()) {
            throw new Refused(HttpStatus.FORBIDDEN, "safe-mode message without msg_signature or Encrypt");
        }
        if (!CallbackGuard.sameText(SHA1.gen(token, timestamp, nonce, cipherText), msgSignature)) {
            throw new Refused(HttpStatus.FORBIDDEN, "msg_signature does not match");
        }
        return decrypt(cipherText);
    }

    @Override
    public String decrypt(String cipherText) {
        byte[] plain = aes(cipherText);
        if (plain.length < 20) {
            throw new Refused(HttpStatus.BAD_REQUEST, "decrypted message too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) {
            throw new Refused(HttpStatus.BAD_REQUEST, "decrypted message has a wrong length");
        }
        String fromAppId = new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
        if (!fromAppId.equals(appidOrCorpid)) {
            throw new Refused(HttpStatus.FORBIDDEN, "message encrypted for another app id");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    private byte[] aes(String cipherText) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(aesKey, 0, 16));
            return PKCS7Encoder.decode(cipher.doFinal(Base64.getMimeDecoder().decode(cipherText)));
        } catch (GeneralSecurityException | RuntimeException e) {
            // Not base64, not whole AES blocks, or padding that points outside the block (WxJava's
            // PKCS7 decoder then indexes out of bounds): a bad request, not a server error.
            throw new Refused(HttpStatus.BAD_REQUEST, "cannot decrypt the message");
        }
    }
}
