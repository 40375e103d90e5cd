package com.clearpath.app;

import com.clearpath.store.ClinicLogo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The image a clinic picked as its logo, read from its file and made ready for print. Blocking. */
public final class LogoFile {

    /** The largest logo file taken, in MB, for the refusal's words. */
    public static final int MAX_MEGABYTES = ClinicLogo.MAX_FILE_BYTES >> 20;

    /** Why a chosen file cannot be the logo; the screen says it in its words. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_AN_IMAGE, UNREADABLE, NOT_CONVERTED }

    /** The file is not an image the documents can use, for {@link #reason()}; the message is for the log. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Refused(Reason reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private LogoFile() {
    }

    /** The logo in {@code file} as the documents draw it (a PNG no larger than print needs). */
    public static byte[] read(Path file) throws Refused, IOException {
        try {
            if (Files.size(file) > ClinicLogo.MAX_FILE_BYTES) {
                // Not read into memory at all: the refusal says how big a logo may be.
                return ClinicLogo.prepare(new byte[ClinicLogo.MAX_FILE_BYTES + 1]);
            }
            return ClinicLogo.prepare(Files.readAllBytes(file));
        } catch (ClinicLogo.Refused e) {
            throw new Refused(Reason.valueOf(e.reason().name()), e);
        }
    }
}
