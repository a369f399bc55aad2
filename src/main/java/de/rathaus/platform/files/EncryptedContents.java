package de.rathaus.platform.files;

import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The encrypted content of files, in chunks of {@link ChunkCipher#CHUNK_SIZE} bytes, so that
 * storing or serving a file never holds more than one chunk in memory.
 */
@Component
class EncryptedContents {

    private final JdbcClient jdbc;
    private final KeyRing keys;

    EncryptedContents(JdbcClient jdbc, KeyRing keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * Encrypts and stores the content of a file whose metadata row exists. Fails, and so rolls the
     * caller's transaction back, if the content is not the one that was inspected: what was checked
     * and scanned is what is stored.
     */
    void write(Tenant tenant, FileId file, KeyRing.TenantKey key, Inspection.Inspected expected, InputStream content) {
        MessageDigest sha256 = Inspection.sha256();
        int chunks = ChunkCipher.chunkCount(expected.size());
        byte[] buffer = new byte[(int) Math.min(ChunkCipher.CHUNK_SIZE, expected.size())];
        try {
            for (int index = 0; index < chunks; index++) {
                boolean last = index == chunks - 1;
                int expectedLength =
                        last ? (int) (expected.size() - (long) index * ChunkCipher.CHUNK_SIZE) : buffer.length;
                int length = content.readNBytes(buffer, 0, expectedLength);
                if (length != expectedLength) {
                    throw changed(file);
                }
                sha256.update(buffer, 0, length);
                var position = new ChunkCipher.Position(tenant.id(), file, index, last);
                ChunkCipher.Sealed sealed = ChunkCipher.encrypt(key.key(), position, buffer, length);
                jdbc.sql("""
                    insert into platform.file_chunk (tenant_id, file_id, seq, iv, content)
                    values (?, ?, ?, ?, ?)
                    """)
                        .params(tenant.id().value(), file.value(), index, sealed.iv(), sealed.ciphertext())
                        .update();
            }
            if (content.read() != -1
                    || !HexFormat.of().formatHex(sha256.digest()).equals(expected.sha256())) {
                throw changed(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content of file " + file, e);
        }
    }

    /** The decrypted content, read chunk by chunk; bound to the town, wherever it is read. */
    InputStream open(Tenant tenant, FileRows.Row row) {
        SecretKey key = keys.find(tenant, row.keyId())
                .orElseThrow(
                        () -> new IllegalStateException("File " + row.file().id() + " of " + tenant.slug()
                                + " was encrypted with key " + row.keyId() + ", which is no longer configured."
                                + " Add the former key to"
                                + " rathaus.files.retired-master-keys"
                                + " or rathaus.files.retired-keys."));
        return new ChunkStream(tenant.id(), row.file().id(), row.chunkCount(), key);
    }

    private static IllegalStateException changed(FileId file) {
        return new IllegalStateException("The content of file " + file
                + " changed while it was stored; the content source must return the same bytes on every read");
    }

    private final class ChunkStream extends InputStream {

        private final TenantId tenant;
        private final FileId file;
        private final int chunkCount;
        private final SecretKey key;
        private byte[] chunk = new byte[0];
        private int position;
        private int nextIndex;

        ChunkStream(TenantId tenant, FileId file, int chunkCount, SecretKey key) {
            this.tenant = tenant;
            this.file = file;
            this.chunkCount = chunkCount;
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return chunk.length - position;
        }

        /** Makes sure unread bytes are at hand; false at the end of the content. */
        private boolean fill() throws IOException {
            while (position == chunk.length) {
                if (nextIndex == chunkCount) {
                    return false;
                }
                int index = nextIndex++;
                Optional<ChunkCipher.Sealed> sealed = jdbc.sql("""
                    select iv, content from platform.file_chunk
                     where tenant_id = ? and file_id = ? and seq = ?
                    """)
                        .params(tenant.value(), file.value(), index)
                        .query((rs, row) -> new ChunkCipher.Sealed(rs.getBytes("iv"), rs.getBytes("content")))
                        .optional();
                if (sealed.isEmpty()) {
                    throw new IOException("Chunk " + index + " of file " + file + " is missing; was it deleted?");
                }
                try {
                    var where = new ChunkCipher.Position(tenant, file, index, index == chunkCount - 1);
                    chunk = ChunkCipher.decrypt(key, where, sealed.get());
                } catch (AEADBadTagException e) {
                    throw new IOException("Chunk " + index + " of file " + file + " was altered", e);
                }
                position = 0;
            }
            return true;
        }
    }
}
