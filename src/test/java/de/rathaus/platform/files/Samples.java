package de.rathaus.platform.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/** Files to store in tests: fixtures from {@code src/test/resources/files} or made on the spot. */
final class Samples {

    private Samples() {}

    static byte[] pdf() {
        return resource("antrag.pdf");
    }

    static byte[] html() {
        return resource("seite.html");
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    /** A PDF header followed by random bytes: detected as PDF, and larger than one chunk. */
    static byte[] largePdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    /**
     * The EICAR anti-virus test string, put together at run time so that no file in the repository
     * contains it (and no scanner on a developer's machine quarantines the sources).
     */
    static byte[] eicar() {
        String[] parts = {"X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-FILE!", "$H+H*"};
        return String.join("", parts).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x00, 0x5e, 0xa5));
        graphics.fillRect(4, 4, 24, 16);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/files/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test fixture files/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
