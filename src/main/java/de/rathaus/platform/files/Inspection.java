package de.rathaus.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.util.unit.DataSize;

/**
 * The first look at a file before anything is stored: its size against the limit, its SHA-256
 * and its first bytes for type detection. Reads the content once, in small pieces, and stops
 * as soon as the limit is passed, so an oversized upload costs no memory.
 */
final class Inspection {

    /** How many leading bytes type detection needs at most (Tika's longest magic pattern). */
    static final int PREFIX_BYTES = 64 * 1024;

    sealed interface Outcome {}

    record Inspected(long size, String sha256, byte[] prefix) implements Outcome {}

    record Refused(StoreResult.Refused refusal) implements Outcome {}

    private Inspection() {}

    static Outcome inspect(InputStream content, DataSize limit) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] prefix = new byte[PREFIX_BYTES];
        byte[] buffer = new byte[16 * 1024];
        long size = 0;
        int read;
        while ((read = content.read(buffer)) != -1) {
            if (size < PREFIX_BYTES) {
                System.arraycopy(buffer, 0, prefix, (int) size, (int) Math.min(read, PREFIX_BYTES - size));
            }
            size += read;
            if (size > limit.toBytes()) {
                return new Refused(new StoreResult.TooLarge(limit));
            }
            sha256.update(buffer, 0, read);
        }
        if (size == 0) {
            return new Refused(new StoreResult.Empty());
        }
        return new Inspected(size, HexFormat.of().formatHex(sha256.digest()), Arrays.copyOf(prefix, (int)
                Math.min(size, PREFIX_BYTES)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
