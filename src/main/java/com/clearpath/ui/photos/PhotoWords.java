package com.clearpath.ui.photos;

import com.clearpath.app.Photos;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Zone;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The photo screens' words for the records' codes: views, zones and every reason a photo was refused. */
final class PhotoWords {
    private static final Logger LOG = Logger.getLogger(PhotoWords.class.getName());

    private final RecordWords words;
    private final Messages text;

    PhotoWords(RecordWords words) {
        this.words = words;
        this.text = words.text();
    }

    Messages text() {
        return text;
    }

    RecordWords records() {
        return words;
    }

    String view(PhotoView view) {
        return text.get(switch (view) {
            case FRONT -> "clients.photos.view.front";
            case LEFT_45 -> "clients.photos.view.leftOblique";
            case RIGHT_45 -> "clients.photos.view.rightOblique";
            case LEFT_PROFILE -> "clients.photos.view.leftProfile";
            case RIGHT_PROFILE -> "clients.photos.view.rightProfile";
            case CLOSE_UP -> "clients.photos.view.closeUp";
        });
    }

    String zone(Zone zone) {
        return zone == null ? text.get("clients.photos.zone.none") : words.zone(zone);
    }

    /** "Front · Forehead", or the view alone when the photo has no zone. */
    String caption(Photo photo) {
        return photo.zone().map(z -> text.format("clients.photos.caption", view(photo.view()), words.zone(z)))
                .orElse(view(photo.view()));
    }

    /** A refusal in words, naming its file when it is about one (the exhaustive switch keeps every code worded). */
    String refusal(PhotoRefusal reason, Optional<String> file) {
        String key = switch (reason) {
            case NO_CLINICAL_CONSENT -> "clients.photos.refusal.noClinicalConsent";
            case CLIENT_NOT_RECORDED -> "clients.photos.refusal.clientNotRecorded";
            case REASON_REQUIRED -> "clients.photos.refusal.reasonRequired";
            case NOT_FOUND -> "clients.photos.refusal.notFound";
            case NOT_AN_IMAGE -> "clients.photos.refusal.notAnImage";
            case HEIC_NOT_SUPPORTED -> "clients.photos.refusal.heic";
            case TRUNCATED -> "clients.photos.refusal.truncated";
            case TOO_MANY_PIXELS -> "clients.photos.refusal.tooManyPixels";
            case DAMAGED -> "clients.photos.refusal.damaged";
            case FILE_TOO_LARGE -> "clients.photos.refusal.fileTooLarge";
            case FILE_MISSING -> "clients.photos.refusal.fileMissing";
            case FILE_UNREADABLE -> "clients.photos.refusal.fileUnreadable";
        };
        return text.format(key, file.orElse(""));
    }

    /** Any failure of photo work: a refusal in its words, the records' own, anything else said plainly. */
    String failure(Exception error) {
        if (error instanceof Photos.Refused refused) {
            return refusal(refused.reason(), refused.file());
        }
        if (!(error instanceof RecordsFailure)) {
            LOG.log(Level.WARNING, "Unexpected failure of photo work", error);
        }
        return RecordWords.failure(text, error);
    }

    /** A problem with one file, named even when the failure itself does not name it. */
    String failure(String file, Exception error) {
        if (error instanceof Photos.Refused refused) {
            return refusal(refused.reason(), refused.file().or(() -> Optional.ofNullable(file)));
        }
        return text.format("clients.photos.fileFailed", file, failure(error));
    }
}
