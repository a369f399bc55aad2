package de.rathaus.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void aScannerReadsTheOtpauthUriBackFromTheImage() throws Exception {
        String uri = Totp.uri("Rathaus Musterstadt", "sachbearbeitung@musterstadt.example", "JBSWY3DPEHPK3PXP");

        String dataUri = QrCode.svgDataUri(uri);

        assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
        String svg = new String(
                Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(new QRCodeReader().decode(rasterise(svg)).getText()).isEqualTo(uri);
    }

    /** Draws the SVG's modules into pixels, as a phone camera would see them. */
    private static BinaryBitmap rasterise(String svg) {
        var box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        var module = MODULE.matcher(svg);
        while (module.find()) {
            int x0 = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int y0 = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int y = y0; y < y0 + PIXELS_PER_MODULE; y++) {
                for (int x = x0; x < x0 + PIXELS_PER_MODULE; x++) {
                    pixels[y * size + x] = 0x000000;
                }
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    }
}
