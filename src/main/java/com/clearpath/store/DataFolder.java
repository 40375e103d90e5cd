package com.clearpath.store;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user folder that holds the database, settings, backups and logs.
 * Resolution order: an explicit {@code --data-dir}, then {@code -Dclearpath.dataDir}, then the OS convention.
 */
public record DataFolder(Path root) {

    public static final String PROPERTY = "clearpath.dataDir";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** Picks the data folder for this run; nothing is created yet. */
    public static DataFolder resolve(Optional<Path> explicit) {
        return resolve(explicit, System.getProperties().getProperty(PROPERTY),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static DataFolder resolve(Optional<Path> explicit, String property, String osName, String home,
                              Map<String, String> env) {
        if (explicit.isPresent()) {
            return new DataFolder(explicit.get());
        }
        if (property != null && !property.isBlank()) {
            return new DataFolder(Path.of(property));
        }
        return new DataFolder(osDefault(osName, home, env));
    }

    static Path osDefault(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Clearpath");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Clearpath");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("clearpath");
    }

    public Path database() {
        return root.resolve("clearpath.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path settings() {
        return root.resolve("settings.json");
    }

    /** Consultation photos and their thumbnails, named by id. */
    public Path photos() {
        return root.resolve("photos");
    }

    /** The signed consent documents, named by id. */
    public Path consents() {
        return root.resolve("consents");
    }

    /** The clinic's own consent texts, each replacing the built-in one of its treatment. */
    public Path consentOverride() {
        return root.resolve("consent-override.json");
    }

    /** The clinic's own catalog adjustments (renamed products, treatments not offered here). */
    public Path catalogOverride() {
        return root.resolve("catalog-override.json");
    }

    /**
     * Creates the folder if it does not exist yet, and makes it owner-only (POSIX) even when it did: a folder made by
     * an older version, or by hand, holds the same client data.
     */
    public DataFolder ensureExists() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new NotDirectoryException(root + " is a file, not a folder");
        }
        PrivateFiles.ensureFolder(root);
        return this;
    }

    static void restrictToOwner(Path path, boolean directory) throws IOException {
        PrivateFiles.restrict(path);
    }

    /** Files of the data folder that nothing the user chooses may replace. */
    public enum Protected {
        /** {@code clearpath.db}, and the copies kept aside beside it ({@code clearpath.db.damaged-…}). */
        DATABASE,
        /** SQLite's {@code -wal}, {@code -shm} or {@code -journal} file of the database. */
        DATABASE_JOURNAL,
        /** Anything in {@code backups/}. */
        BACKUP,
        /** {@code settings.json}, the logo, the catalog adjustments, the window layout. */
        SETTINGS,
        /** The logs, drafts, photos and consents folders, or the data folder itself. */
        RECORDS
    }

    /**
     * Whether writing a user-chosen file to {@code target} would replace one of this folder's own files. Paths are
     * compared as they really are on disk: symlinks followed, {@code ..} resolved, the same folder recognised
     * whatever case its name is written in.
     */
    public Optional<Protected> protects(Path target) {
        try {
            Path candidate = real(target);
            Path home = Files.exists(root) ? root.toRealPath() : root;
            List<String> names = new ArrayList<>();
            for (Path p = candidate; p != null; p = p.getParent()) {
                if (p.equals(home) || Files.exists(p) && Files.exists(home) && Files.isSameFile(p, home)) {
                    Collections.reverse(names);
                    return classify(names);
                }
                if (p.getFileName() != null) {
                    names.add(p.getFileName().toString());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            // When the path cannot even be resolved, writing it would fail too; refusing is the safe side.
            return Optional.of(Protected.RECORDS);
        }
    }

    /**
     * The rule every command and dialog applies before writing a user-chosen file: refused when it is one of the
     * files of the data folder in use or of the default one (where the clinic's records usually are).
     */
    public static Optional<Protected> protectedFile(Path target, DataFolder inUse) {
        Optional<Protected> found = inUse.protects(target);
        if (found.isEmpty()) {
            found = resolve(Optional.empty()).protects(target);
        }
        return found;
    }

    /** {@link #protectedFile} as a refusal, for the app's save dialogs. */
    public static void refuseProtected(Path target, DataFolder inUse) throws RecordsFailure {
        Optional<Protected> found = protectedFile(target, inUse);
        if (found.isPresent()) {
            throw new RecordsFailure(refusal(found.get()), Doing.WRITE_FILE, null, String.valueOf(target.getFileName()));
        }
    }

    /** The refusal's code for each protected file. */
    public static Code refusal(Protected what) {
        return switch (what) {
            case DATABASE -> Code.PROTECTED_DATABASE;
            case DATABASE_JOURNAL -> Code.PROTECTED_DATABASE_PART;
            case BACKUP -> Code.PROTECTED_BACKUP;
            case SETTINGS -> Code.PROTECTED_SETTINGS;
            case RECORDS -> Code.PROTECTED_DATA_FOLDER;
        };
    }

    private static Optional<Protected> classify(List<String> names) {
        if (names.isEmpty()) {
            return Optional.of(Protected.RECORDS);
        }
        String top = names.get(0).toLowerCase(Locale.ROOT);
        if (top.equals("backups")) {
            return Optional.of(Protected.BACKUP);
        }
        if (top.equals("logs") || top.equals("drafts") || top.equals("photos") || top.equals("consents")) {
            return Optional.of(Protected.RECORDS);
        }
        if (names.size() > 1) {
            return Optional.empty();
        }
        if (top.equals("clearpath.db-wal") || top.equals("clearpath.db-shm") || top.equals("clearpath.db-journal")) {
            return Optional.of(Protected.DATABASE_JOURNAL);
        }
        if (top.startsWith("clearpath.db")) {
            return Optional.of(Protected.DATABASE);
        }
        if (top.startsWith("settings.json") || top.equals("clinic-logo.png") || top.equals("catalog-override.json")
                || top.equals("window.json") || top.equals("consent-override.json")) {
            return Optional.of(Protected.SETTINGS);
        }
        return Optional.empty();
    }

    /** The path as it is on disk: the deepest existing part resolved (symlinks, case), the rest appended. */
    private static Path real(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Deque<String> rest = new ArrayDeque<>();
        Path p = abs;
        while (p != null && !Files.exists(p)) {
            if (p.getFileName() != null) {
                rest.push(p.getFileName().toString());
            }
            p = p.getParent();
        }
        Path out = p == null ? abs.getRoot() : p.toRealPath();
        for (String name : rest) {
            out = name.equals("..") ? (out.getParent() == null ? out : out.getParent())
                    : name.equals(".") ? out : out.resolve(name);
        }
        return out;
    }
}
