package com.clearpath.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    /** The clinic's own catalog adjustments (renamed products, treatments not offered here). */
    public Path catalogOverride() {
        return root.resolve("catalog-override.json");
    }

    /** Creates the folder (owner-only on POSIX) if it does not exist yet. */
    public DataFolder ensureExists() throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            restrictToOwner(root, true);
        }
        return this;
    }

    static void restrictToOwner(Path path, boolean directory) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        }
    }
}
