package com.clearpath.cli;

import com.clearpath.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** The file a command writes ({@code -o}): never one of the data folder's own, and an existing one only with --force. */
final class OutputFile {
    private OutputFile() {
    }

    /** Why {@code target} must not be written, as the one line the command prints; empty when it may be. */
    static Optional<String> refusal(Path target, boolean force, DataFolder folder) {
        return refusal("-o", target, force, folder);
    }

    /** As {@link #refusal(Path, boolean, DataFolder)}, for a file given by {@code option}. */
    static Optional<String> refusal(String option, Path target, boolean force, DataFolder folder) {
        Optional<DataFolder.Protected> own = DataFolder.protectedFile(target, folder);
        if (own.isPresent()) {
            return Optional.of(option + ": " + target + " is " + FailureWords.protectedFile(DataFolder.refusal(own.get()))
                    + " and is never written over; choose another file");
        }
        if (Files.isDirectory(target)) {
            return Optional.of(option + ": " + target + " is a folder; give a file name");
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(option + ": " + target + " already exists; give --force to replace it");
        }
        return Optional.empty();
    }

    /** The line for a file that appeared while the command was writing its own. */
    static String appeared(Path target) {
        return "-o: " + target + " already exists; give --force to replace it";
    }
}
