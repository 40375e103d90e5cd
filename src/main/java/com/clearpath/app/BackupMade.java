package com.clearpath.app;

import com.clearpath.domain.PhotoGap;
import java.util.List;

/** A backup just made, and the photos it lists whose files it could not carry (the records are all in it). */
public record BackupMade(Backup backup, List<PhotoGap> photosNotCarried) {
    public BackupMade {
        photosNotCarried = List.copyOf(photosNotCarried);
    }
}
