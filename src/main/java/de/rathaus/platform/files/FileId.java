package de.rathaus.platform.files;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** Identifies one stored file within its town. */
public record FileId(UUID value) {

    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    static FileId next() {
        return new FileId(IDS.generate());
    }

    public static FileId of(String value) {
        return new FileId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
