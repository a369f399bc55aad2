package de.rathaus.platform.documents;

/** The PAdES baseline level a seal reaches. */
public enum SealLevel {
    /** Basic: signature only (offline). */
    B_B,
    /** With a signature timestamp from a timestamp authority. */
    B_T,
    /** With timestamp and the validation data (certificates, revocation) for long-term validation. */
    B_LT
}
