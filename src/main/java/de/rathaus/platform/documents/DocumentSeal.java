package de.rathaus.platform.documents;

/**
 * Seals PDFs of the current town as PAdES (an electronic seal of the authority, eIDAS art. 36): an
 * incremental save with an {@code ETSI.CAdES.detached} signature, so the PDF/A stays intact. Who
 * signs is pluggable (a software key for the demo, a PKCS#11 HSM or a remote signing service of a
 * trust service provider in production); with a timestamp authority configured the seal reaches
 * B-T or B-LT, offline B-B.
 */
public interface DocumentSeal {

    /** @return the sealed PDF */
    byte[] seal(byte[] pdf, SealRequest request);

    /** The level the seals of this installation reach. */
    SealLevel level();
}
