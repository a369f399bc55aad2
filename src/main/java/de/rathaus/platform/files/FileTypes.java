package de.rathaus.platform.files;

import java.util.Set;

/** Media types callers commonly allow, as Apache Tika names them. */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** What most applications accept as evidence: documents as PDF, photos and scans as JPEG or PNG. */
    public static final Set<String> DOCUMENTS_AND_IMAGES = Set.of(PDF, JPEG, PNG);

    private FileTypes() {}
}
