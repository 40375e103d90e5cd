package com.clearpath.app;

import com.clearpath.domain.PhotoGap;
import java.nio.file.Path;
import java.util.List;

/**
 * A restore done: where the file it replaced (or the damaged one) is kept, null when there was none, and the photos
 * the restored records list whose files could not be brought back into the data folder.
 */
public record Restored(Path keptAside, List<PhotoGap> photosNotBroughtBack) {
    public Restored {
        photosNotBroughtBack = List.copyOf(photosNotBroughtBack);
    }
}
