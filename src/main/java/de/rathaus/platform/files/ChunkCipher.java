package de.rathaus.platform.files;

import de.rathaus.platform.tenancy.TenantId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts file content with AES-256-GCM, one chunk at a time. Each chunk is its own GCM message
 * with a fresh random 96-bit IV; its associated data binds it to its town, its file, its position
 * and whether it is the last one, so chunks cannot be moved to another file or town, reordered, or
 * cut off without decryption failing.
 */
final class ChunkCipher {

    /** Plaintext bytes per chunk: large enough to keep row counts low, small enough to hold in memory. */
    static final int CHUNK_SIZE = 1 << 20;

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a chunk belongs; authenticated, not stored inside the ciphertext. */
    record Position(TenantId tenant, FileId file, int index, boolean last) {

        byte[] associatedData() {
            return ByteBuffer.allocate(16 + 16 + 4 + 1)
                    .putLong(tenant.value().getMostSignificantBits())
                    .putLong(tenant.value().getLeastSignificantBits())
                    .putLong(file.value().getMostSignificantBits())
                    .putLong(file.value().getLeastSignificantBits())
                    .putInt(index)
                    .put((byte) (last ? 1 : 0))
                    .array();
        }
    }

    record Sealed(byte[] iv, byte[] ciphertext) {}

    private ChunkCipher() {}

    static int chunkCount(long size) {
        return (int) ((size + CHUNK_SIZE - 1) / CHUNK_SIZE);
    }

    static Sealed encrypt(SecretKey key, Position position, byte[] plaintext, int length) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(position.associatedData());
            return new Sealed(iv, cipher.doFinal(plaintext, 0, length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** @throws AEADBadTagException if the chunk was altered or belongs elsewhere */
    static byte[] decrypt(SecretKey key, Position position, Sealed sealed) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(position.associatedData());
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
