package de.rathaus.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one audit chain.
 *
 * @param firstBrokenSeq the first entry whose hash or link does not fit, if any
 * @param reason what is wrong there, in English for the operator's log
 */
public record ChainVerification(
        long entriesChecked,
        @Nullable Long firstBrokenSeq,
        @Nullable String reason) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
