package com.clearpath.cli;

import com.clearpath.domain.RecordsFailure;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Anything unexpected: a short message on stderr, the details in the log file, exit 1. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parse) {
        LOG.log(Level.SEVERE, "Command failed: " + cl.getCommandName(), ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof RecordsFailure failure) {
            message = FailureWords.of(failure);
        } else if (ex instanceof IOException && !(ex instanceof FileSystemException)) {
            message = "could not read or write a file: " + message;
        } else if (ex instanceof FileSystemException fse) {
            message = "could not use " + fse.getFile() + (fse.getReason() == null ? "" : ": " + fse.getReason());
        }
        cl.getErr().println("clearpath: " + message + " (details in the log file)");
        return 1;
    }
}
