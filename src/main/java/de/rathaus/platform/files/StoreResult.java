package de.rathaus.platform.files;

import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * What became of a file handed to {@link Files#store}: stored, or refused for a reason the caller
 * shows next to the upload field. Refusals carry a message code and its arguments, so a controller
 * can write {@code errors.rejectValue("datei", refused.code(), refused.arguments(), null)}.
 */
public sealed interface StoreResult {

    /**
     * Stored. The file may still be waiting for a virus scan ({@link ScanStatus#QUARANTINED_PENDING}):
     * the upload counts as handed in, but the content is not served until the scan passed.
     */
    record Stored(StoredFile file) implements StoreResult {}

    /** Not accepted. Nothing was stored, except an infected file, which is kept in quarantine. */
    sealed interface Refused extends StoreResult {

        /** The message code, e.g. {@code files.refused.too-large}. */
        String code();

        /** Arguments for the message, e.g. the limit in megabytes. */
        default Object[] arguments() {
            return new Object[0];
        }
    }

    /** The file has no content. */
    record Empty() implements Refused {
        @Override
        public String code() {
            return "files.refused.empty";
        }
    }

    /** The file is larger than the limit. Argument: the limit in whole megabytes. */
    record TooLarge(DataSize limit) implements Refused {
        @Override
        public String code() {
            return "files.refused.too-large";
        }

        @Override
        public Object[] arguments() {
            return new Object[] {Math.max(1, limit.toMegabytes())};
        }
    }

    /**
     * The content is not of an allowed type, whatever the name says (an HTML page named
     * {@code .pdf}). Argument: the allowed formats, e.g. {@code "JPG, PDF, PNG"}.
     *
     * @param detectedType what the content really is
     * @param allowedFormats the allowed types as their usual file name extensions, upper case
     */
    record TypeNotAllowed(String detectedType, List<String> allowedFormats) implements Refused {
        public TypeNotAllowed {
            allowedFormats = List.copyOf(allowedFormats);
        }

        @Override
        public String code() {
            return "files.refused.type-not-allowed";
        }

        @Override
        public Object[] arguments() {
            return new Object[] {String.join(", ", allowedFormats)};
        }
    }

    /**
     * The scanner found malware. The file is kept in quarantine under {@code quarantined} (for the
     * operator to inspect) and is never served.
     */
    record Infected(FileId quarantined, String finding) implements Refused {
        @Override
        public String code() {
            return "files.refused.infected";
        }
    }
}
