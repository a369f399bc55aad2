package de.rathaus.platform.files;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file to store.
 *
 * @param name the name as handed in; any path and invisible control characters are removed
 * @param content the bytes; read several times (to check, scan and store them), so every call must
 *     return the same bytes, as an uploaded {@link MultipartFile} or a byte array does
 * @param allowedTypes the media types the caller accepts, e.g. {@link FileTypes#DOCUMENTS_AND_IMAGES};
 *     the content must really be one of them, whatever its name says
 * @param maxSize a limit for this call, or {@code null} for the installation's limit
 *     ({@code rathaus.files.max-size}); it can only lower that limit, never raise it
 */
public record StoreRequest(
        String name,
        InputStreamSource content,
        Set<String> allowedTypes,
        @Nullable DataSize maxSize) {

    public StoreRequest {
        name = FileNames.clean(name);
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("Name at least one allowed media type");
        }
        allowedTypes = allowedTypes.stream()
                .map(type -> type.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public StoreRequest(String name, InputStreamSource content, Set<String> allowedTypes) {
        this(name, content, allowedTypes, null);
    }

    public static StoreRequest of(String name, byte[] content, Set<String> allowedTypes) {
        return new StoreRequest(name, new ByteArrayResource(content), allowedTypes);
    }

    /** An upload from a form; the browser's name for it is kept, its claimed type is ignored. */
    public static StoreRequest upload(MultipartFile file, Set<String> allowedTypes) {
        return new StoreRequest(Objects.requireNonNullElse(file.getOriginalFilename(), ""), file, allowedTypes);
    }

    public StoreRequest limitedTo(DataSize limit) {
        return new StoreRequest(name, content, allowedTypes, limit);
    }
}
