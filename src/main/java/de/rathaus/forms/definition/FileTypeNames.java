package de.rathaus.forms.definition;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Media types as citizens know them ("PDF, JPEG, PNG"), for messages and hints. */
final class FileTypeNames {

    private FileTypeNames() {}

    static String of(List<String> mediaTypes) {
        return mediaTypes.stream().map(FileTypeNames::name).distinct().sorted().collect(Collectors.joining(", "));
    }

    static String name(String mediaType) {
        String subtype = mediaType.substring(mediaType.indexOf('/') + 1);
        return switch (subtype) {
            case "vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "vnd.oasis.opendocument.text" -> "ODT";
            case "plain" -> "TXT";
            default -> subtype.toUpperCase(Locale.ROOT);
        };
    }
}
