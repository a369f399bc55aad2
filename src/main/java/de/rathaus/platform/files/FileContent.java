package de.rathaus.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The content of a servable file. The content is decrypted while it is read, one chunk at a time,
 * so serving a large file does not load it into memory; each {@link #openStream()} starts anew.
 */
public final class FileContent {

    /** Opens the decrypted content of one file; bound to its town when it was opened. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final StoredFile file;
    private final Opener opener;

    FileContent(StoredFile file, Opener opener) {
        this.file = file;
        this.opener = opener;
    }

    public StoredFile file() {
        return file;
    }

    /**
     * The decrypted bytes. Reading fails with an {@link IOException} if the stored content was
     * altered or deleted in the meantime, never with wrong bytes.
     */
    public InputStream openStream() throws IOException {
        return opener.open();
    }

    public void transferTo(OutputStream out) throws IOException {
        try (InputStream in = openStream()) {
            in.transferTo(out);
        }
    }

    public byte[] readAllBytes() throws IOException {
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        }
    }
}
