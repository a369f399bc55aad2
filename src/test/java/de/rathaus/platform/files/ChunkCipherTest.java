package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import de.rathaus.platform.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class ChunkCipherTest {

    private final SecretKey key = KeyRing.tenantKey(new byte[32]).key();
    private final TenantId town = new TenantId(UUID.randomUUID());
    private final FileId file = FileId.next();
    private final byte[] plaintext = "Antrag auf Erteilung eines Führungszeugnisses".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptsWhatItEncrypted() throws Exception {
        var position = new ChunkCipher.Position(town, file, 0, true);

        ChunkCipher.Sealed sealed = ChunkCipher.encrypt(key, position, plaintext, plaintext.length);

        assertThat(sealed.iv()).hasSize(12);
        assertThat(sealed.ciphertext()).hasSize(plaintext.length + 16);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("Antrag");
        assertThat(ChunkCipher.decrypt(key, position, sealed)).isEqualTo(plaintext);
    }

    @Test
    void usesAFreshIvForEveryChunk() {
        var position = new ChunkCipher.Position(town, file, 0, true);

        var first = ChunkCipher.encrypt(key, position, plaintext, plaintext.length);
        var second = ChunkCipher.encrypt(key, position, plaintext, plaintext.length);

        assertThat(first.iv()).isNotEqualTo(second.iv());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void aChunkOpensOnlyInItsOwnPlace() {
        var position = new ChunkCipher.Position(town, file, 3, false);
        ChunkCipher.Sealed sealed = ChunkCipher.encrypt(key, position, plaintext, plaintext.length);

        for (var elsewhere : new ChunkCipher.Position[] {
            new ChunkCipher.Position(new TenantId(UUID.randomUUID()), file, 3, false),
            new ChunkCipher.Position(town, FileId.next(), 3, false),
            new ChunkCipher.Position(town, file, 4, false),
            new ChunkCipher.Position(town, file, 3, true)
        }) {
            assertThatExceptionOfType(AEADBadTagException.class)
                    .as("moved to %s", elsewhere)
                    .isThrownBy(() -> ChunkCipher.decrypt(key, elsewhere, sealed));
        }
    }

    @Test
    void detectsAlteredCiphertext() {
        var position = new ChunkCipher.Position(town, file, 0, true);
        ChunkCipher.Sealed sealed = ChunkCipher.encrypt(key, position, plaintext, plaintext.length);
        sealed.ciphertext()[5] ^= 1;

        assertThatExceptionOfType(AEADBadTagException.class)
                .isThrownBy(() -> ChunkCipher.decrypt(key, position, sealed));
    }

    @Test
    void countsChunks() {
        assertThat(ChunkCipher.chunkCount(1)).isEqualTo(1);
        assertThat(ChunkCipher.chunkCount(ChunkCipher.CHUNK_SIZE)).isEqualTo(1);
        assertThat(ChunkCipher.chunkCount(ChunkCipher.CHUNK_SIZE + 1L)).isEqualTo(2);
        assertThat(ChunkCipher.chunkCount(20L * 1024 * 1024)).isEqualTo(20);
    }
}
