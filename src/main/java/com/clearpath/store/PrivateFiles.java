package com.clearpath.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that can hold client data: created owner-only (0600, folders 0700) whatever the umask, and written whole or
 * not at all. On systems without POSIX permissions (Windows) the per-user folder's own protection is left as is.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** What goes into a file written by {@link #writeAtomically}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Makes an existing file (0600) or folder (0700) owner-only. */
    public static void restrict(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** Creates the folder (and its parents) if needed, and makes it owner-only whether it was new or not. */
    public static Path ensureFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** An empty owner-only file that did not exist before; never readable by others, not even for a moment. */
    public static Path createFile(Path file) throws IOException {
        Path created = posix(file.toAbsolutePath().getParent())
                ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
        // The umask may have taken bits away from the attribute, never added any; this makes it exactly 0600.
        restrict(created);
        return created;
    }

    /** An empty owner-only temporary file in {@code dir}. */
    public static Path createTemp(Path dir, String prefix, String suffix) throws IOException {
        FileAttribute<?>[] attrs = posix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, prefix, suffix, attrs);
        restrict(temp);
        return temp;
    }

    /**
     * Writes {@code target} through an owner-only temporary file beside it, forced to disk, then moved into place:
     * a reader or a crash sees the old file or the new one, never half of one. Without {@code replace} an existing
     * target is left alone ({@link FileAlreadyExistsException}). A failure removes the temporary file. The folder
     * must exist: a mistyped folder is reported, not created.
     */
    public static void writeAtomically(Path target, boolean replace, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!replace && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temp = createTemp(dir, "." + absolute.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(
                        Channels.newOutputStream(channel), 1 << 16);
                // Writers that close their stream when done (JSON, PDF) must not close the file before it is forced.
                content.writeTo(new java.io.FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                buffered.flush();
                // On disk before the move, so a power cut cannot leave an empty file under the real name.
                channel.force(true);
            }
            if (replace) {
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // A plain move refuses an existing target (a rename with ATOMIC_MOVE would replace it silently).
                Files.move(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes bytes as {@link #writeAtomically(Path, boolean, Content)} does, replacing the file. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, true, out -> out.write(bytes));
    }

    /** Forces a file's content to disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static boolean posix(Path path) throws IOException {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.getFileStore(p).supportsFileAttributeView("posix");
    }
}
