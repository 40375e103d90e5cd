package com.clearpath.document;

import java.io.IOException;

/**
 * The handout was refused because the plan has nothing agreed to hand the client, as a code the caller turns into
 * words. The message is for the log only.
 */
public final class NothingToPrint extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why there is nothing to print. */
    public enum Reason {
        /** The plan was kept before plans carried a combined protocol. */
        NO_PROTOCOL,
        /** The protocol has no step left (none proposed, or every one declined). */
        EMPTY_PROTOCOL
    }

    private final Reason reason;

    public NothingToPrint(Reason reason) {
        super(reason == Reason.NO_PROTOCOL ? "The plan has no protocol to print"
                : "The protocol has no step to print");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
