package cn.yinling.hotline.console.elderimport;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file of the last dry run, kept in the signed-in session until it is imported, so that "导入" writes
 * exactly the file whose report the supervisor read ({@code digest} is posted back and compared).
 */
record PendingImport(String fileName, byte[] bytes, String digest) implements Serializable {

    static final String SESSION_KEY = PendingImport.class.getName();

    static PendingImport of(String fileName, byte[] bytes) {
        try {
            return new PendingImport(fileName, bytes,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
