package com.clearpath.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that can hold client data: created owner-only (0600, folders 0700) whatever the umask, and written whole or
 * not at all (through {@link AtomicFile}). On systems without POSIX permissions (Windows) the per-user folder's own
 * protection is left as is.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
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
