package de.rathaus.platform.files;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Finds out what a file really is, with Apache Tika, from its bytes and its name. The name only
 * refines what the bytes say (a CSV is text, a DOCX is a ZIP); where the bytes say nothing, the
 * name is not believed: arbitrary bytes named {@code .pdf} are not a PDF.
 */
@Component
class ContentSniffer {

    private final Tika tika = new Tika();
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    /** The media type the content supports, e.g. {@code application/pdf}; without parameters. */
    String detect(byte[] prefix, String name) {
        MediaType byBytes = MediaType.parse(tika.detect(prefix)).getBaseType();
        MediaType byBytesAndName = MediaType.parse(tika.detect(prefix, name)).getBaseType();
        boolean nameRefinesBytes =
                !byBytes.equals(MediaType.OCTET_STREAM) && registry.isSpecializationOf(byBytesAndName, byBytes);
        return (byBytesAndName.equals(byBytes) || nameRefinesBytes ? byBytesAndName : byBytes).toString();
    }

    /** How people know these types: their usual file name extensions, e.g. {@code [JPG, PDF, PNG]}. */
    List<String> formatNames(Collection<String> mediaTypes) {
        return mediaTypes.stream().map(this::formatName).sorted().toList();
    }

    private String formatName(String mediaType) {
        try {
            String extension = types.forName(mediaType).getExtension();
            if (!extension.isEmpty()) {
                return extension.substring(1).toUpperCase(Locale.ROOT);
            }
        } catch (MimeTypeException e) {
            // not a type Tika knows: fall back to its subtype below
        }
        return mediaType.substring(mediaType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
    }
}
