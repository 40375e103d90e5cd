package com.clearpath.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Prints one PDF file on the default printer, in a JVM of its own: for printing on a machine set up differently. */
public final class PrintOnce {
    private PrintOnce() {
    }

    public static void main(String[] args) throws Exception {
        Printing.print(Files.readAllBytes(Path.of(args[0])), Optional.empty(), 1);
    }
}
