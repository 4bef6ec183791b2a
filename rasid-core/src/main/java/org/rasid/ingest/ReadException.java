package org.rasid.ingest;

/** Thrown inside the readers for one unreadable input; turned into a {@link ReadError}. */
public final class ReadException extends Exception {
    private final String reason;

    ReadException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public ReadError toError(String source) {
        return new ReadError(source, reason, getMessage());
    }
}
