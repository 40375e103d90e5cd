package com.clearpath.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What the command line asks of the desktop app when it opens it: the data folder, and whether to report how long
 * the start took (then close) instead of staying open.
 *
 * @param startupReport given the milliseconds from process start to the first consultation page being ready for
 *     typing; present only with {@code --measure-startup}
 */
public record AppStart(Optional<Path> dataDir, Optional<LongConsumer> startupReport) {
}
