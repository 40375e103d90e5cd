package com.clearpath.store;

import com.clearpath.domain.PhotoGap;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * The photo files the kept backups need, in {@code backups/photos/}, owner-only and named by id as in the data
 * folder: one file per photo however many backups list it. A file gets there as a hard link to the data folder's
 * original where the file system allows (originals are never changed, so the link is as good as a copy and costs no
 * space), else as a copy; either way it is checked against the SHA-256 the records list. Thumbnails go with their
 * originals unchecked (the records keep no hash of them) and are made again from the original when missing.
 */
final class BackupPhotos {
    private static final Logger LOG = Logger.getLogger(BackupPhotos.class.getName());
    private static final String THUMB = ".thumb.jpg";

    /** A photo as a database lists it, deleted ones never. */
    record Listed(UUID id, String format, long bytes, String sha256) {
    }

    /** The file is there but is not the one the records list. */
    private static final class Differs extends IOException {
        private static final long serialVersionUID = 1L;

        Differs(Path file) {
            super(file.getFileName() + " differs from its SHA-256 in the records");
        }
    }

    private final Path pool;
    private final PhotoFiles data;
    private final Path dataPhotos;

    BackupPhotos(DataFolder folder) {
        this.pool = folder.backups().resolve("photos");
        this.data = new PhotoFiles(folder);
        this.dataPhotos = folder.photos();
    }

    Path folder() {
        return pool;
    }

    Path original(Listed p) {
        return pool.resolve(p.id() + "." + p.format());
    }

    Path thumbnail(UUID id) {
        return pool.resolve(id + THUMB);
    }

    /** The photos {@code database} lists and has not deleted; none for a database from before photos. */
    static List<Listed> listedIn(Path database) throws RecordsFailure {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(),
                readOnly.toProperties()); Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='photos'")) {
                if (t.getInt(1) == 0) {
                    return List.of();
                }
            }
            List<Listed> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, format, bytes, sha256 FROM photos "
                    + "WHERE deleted_at IS NULL ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Listed(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getLong(3),
                            rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqliteFailures.from(e, Doing.READ_BACKUP);
        }
    }

    /**
     * Puts each photo's files into the pool unless they are there already; returns the photos it could not carry
     * (their original missing from the data folder, differing from its hash, or not copied), never failing for them.
     */
    List<PhotoGap> carry(Collection<Listed> photos) {
        if (photos.isEmpty()) {
            return List.of();
        }
        List<PhotoGap> gaps = new ArrayList<>();
        try {
            PrivateFiles.ensureFolder(pool);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The backups' photo folder could not be made", e);
            photos.forEach(p -> gaps.add(new PhotoGap(p.id(), PhotoGap.Code.NOT_COPIED)));
            return gaps;
        }
        for (Listed p : photos) {
            carry(p).ifPresent(code -> gaps.add(new PhotoGap(p.id(), code)));
        }
        return gaps;
    }

    private Optional<PhotoGap.Code> carry(Listed p) {
        Path target = original(p);
        try {
            if (!(Files.isRegularFile(target) && Files.size(target) == p.bytes())) {
                Path source = data.original(p.id(), p.format());
                if (!Files.isRegularFile(source)) {
                    return Optional.of(PhotoGap.Code.MISSING);
                }
                place(source, target, p.sha256());
            }
        } catch (Differs e) {
            return Optional.of(PhotoGap.Code.DAMAGED);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A photo could not be carried into the backups: " + p.id(), e);
            return Optional.of(PhotoGap.Code.NOT_COPIED);
        }
        Path thumb = data.thumbnail(p.id());
        try {
            if (!Files.isRegularFile(thumbnail(p.id())) && Files.isRegularFile(thumb)) {
                place(thumb, thumbnail(p.id()), null);
            }
        } catch (IOException e) {
            // A thumbnail is made again from its original when restored; the photo itself is carried.
            LOG.log(Level.INFO, "A thumbnail could not be carried into the backups: " + p.id(), e);
        }
        return Optional.empty();
    }

    /**
     * Brings back into the data folder each photo whose original is missing there, from the pool; returns those it
     * could not (not in the pool, differing from its hash, or not copied).
     */
    List<PhotoGap> bringBack(Collection<Listed> photos) {
        List<PhotoGap> gaps = new ArrayList<>();
        for (Listed p : photos) {
            Path target = data.original(p.id(), p.format());
            if (!Files.exists(target)) {
                Path source = original(p);
                if (!Files.isRegularFile(source)) {
                    gaps.add(new PhotoGap(p.id(), PhotoGap.Code.MISSING));
                    continue;
                }
                try {
                    PrivateFiles.ensureFolder(dataPhotos);
                    place(source, target, p.sha256());
                } catch (Differs e) {
                    gaps.add(new PhotoGap(p.id(), PhotoGap.Code.DAMAGED));
                    continue;
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "A photo could not be brought back from the backups: " + p.id(), e);
                    gaps.add(new PhotoGap(p.id(), PhotoGap.Code.NOT_COPIED));
                    continue;
                }
            }
            bringBackThumbnail(p);
        }
        if (!gaps.isEmpty()) {
            LOG.warning("Photos not brought back from the backups: " + gaps);
        }
        return gaps;
    }

    private void bringBackThumbnail(Listed p) {
        Path target = data.thumbnail(p.id());
        if (Files.exists(target)) {
            return;
        }
        try {
            if (Files.isRegularFile(thumbnail(p.id()))) {
                place(thumbnail(p.id()), target, null);
            } else {
                byte[] thumb = PhotoImage.prepare(Files.readAllBytes(data.original(p.id(), p.format()))).thumbnail();
                AtomicFile.write(target, false, out -> out.write(thumb));
            }
        } catch (IOException | PhotoImage.Refused e) {
            // The photo is back; without a thumbnail it still opens, and the log names it.
            LOG.log(Level.WARNING, "A photo's thumbnail could not be brought back: " + p.id(), e);
        }
    }

    /**
     * Removes from the pool every file of a photo not in {@code referenced}, and leftovers of copies that never
     * finished; files it does not recognise are left alone.
     */
    void keepOnly(Set<UUID> referenced) throws IOException {
        if (!Files.isDirectory(pool)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(pool)) {
            files = listed.toList();
        }
        int removed = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".part")) {
                Files.deleteIfExists(f);
                continue;
            }
            Optional<UUID> id = idOf(name);
            if (id.isPresent() && !referenced.contains(id.get())) {
                Files.deleteIfExists(f);
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("Removed " + removed + " photo files no kept backup lists");
        }
    }

    private static Optional<UUID> idOf(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(name.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Gives {@code target} the content of {@code source}: a hard link where the file system allows, else a copy
     * written whole or not at all; then checked against {@code sha256} (when there is one) and removed if it differs.
     */
    private static void place(Path source, Path target, String sha256) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Another volume, or a file system without links (FAT, some shares): a copy does as well.
            AtomicFile.write(target, true, out -> Files.copy(source, out));
        }
        if (sha256 != null && !sha256.equalsIgnoreCase(sha256(target))) {
            Files.deleteIfExists(target);
            throw new Differs(target);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
