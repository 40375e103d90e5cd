package com.clearpath.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written whole or not at all: the content goes to an owner-only temporary file beside the target, is forced
 * to disk and only then moved into place, so a reader or a crash sees the old file or the new one, never half of one.
 * The one copy of this in the app, so every kept file gets the same care.
 */
public final class AtomicFile {
    private static final String TEMP_SUFFIX = ".part";

    private AtomicFile() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target}, replacing what was there. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, true, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} as {@code content} writes it. Without {@code replace} an existing target is left alone
     * ({@link FileAlreadyExistsException}). A failure removes the temporary file and leaves the target as it was. The
     * folder must exist: a mistyped folder is reported, not created.
     */
    public static void write(Path target, boolean replace, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temp = temporaryBeside(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                // Writers that close their stream when done (JSON, PDF) must not close the file before it is forced.
                content.writeTo(unclosed(buffered));
                buffered.flush();
                // On disk before the move, so a power cut cannot leave an empty file under the real name.
                channel.force(true);
            }
            if (replace) {
                moveIntoPlace(temp, absolute);
            } else {
                // A plain move refuses an existing target (a rename with ATOMIC_MOVE would replace it silently).
                Files.move(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** An empty owner-only file beside {@code target}, named after it, for content made by others (SQLite's copy). */
    public static Path temporaryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return PrivateFiles.createTemp(absolute.getParent(), "." + absolute.getFileName(), TEMP_SUFFIX);
    }

    /**
     * Renames a complete, forced file over {@code target} in one step; where the file system cannot rename atomically
     * (some network shares) the plain replacing move is the best there is.
     */
    public static void moveIntoPlace(Path complete, Path target) throws IOException {
        try {
            Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A stream whose closing only flushes: for writers that close what they are given before its owner is done. */
    static OutputStream unclosed(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
