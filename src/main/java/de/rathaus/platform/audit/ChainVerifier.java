package de.rathaus.platform.audit;

import org.jspecify.annotations.Nullable;

/** Walks a chain in order and remembers the first entry that does not fit. */
class ChainVerifier {

    private long checked;
    private long expectedSeq = 1;
    private String expectedPrevHash = AuditEntry.GENESIS;
    private @Nullable Long brokenAt;
    private @Nullable String reason;

    void accept(AuditEntry entry) {
        checked++;
        if (brokenAt != null) {
            return;
        }
        if (entry.seq() != expectedSeq) {
            fail(expectedSeq, "entry " + expectedSeq + " is missing");
        } else if (!entry.prevHash().equals(expectedPrevHash)) {
            fail(entry.seq(), "entry does not link to its predecessor");
        } else if (!entry.computeHash().equals(entry.hash())) {
            fail(entry.seq(), "entry content does not match its hash");
        }
        expectedSeq = entry.seq() + 1;
        expectedPrevHash = entry.hash();
    }

    ChainVerification result(String headHash) {
        if (brokenAt == null && !headHash.equals(expectedPrevHash)) {
            fail(expectedSeq, "the chain ends before its recorded head (entries were removed at the end)");
        }
        return new ChainVerification(checked, brokenAt, reason);
    }

    private void fail(long seq, String why) {
        brokenAt = seq;
        reason = why;
    }
}
