package com.clearpath.app;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoEvent;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.store.AtomicFile;
import com.clearpath.store.DataFolder;
import com.clearpath.store.PhotoFiles;
import com.clearpath.store.PhotoImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A consultation's photos: the client's photo consent (clinical record, and separately marketing), adding a photo
 * from a file (checked, its original kept unchanged and a thumbnail made), listing, opening and deleting them.
 * Every method blocks; the desktop calls them from background work.
 */
public final class Photos {
    private static final Logger LOG = Logger.getLogger(Photos.class.getName());
    /** Larger files are refused before they are read: no clinic photo is this big. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    /** Nothing was done, for {@link #reason()}; {@link #file()} names the file it is about, when it is about one. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final PhotoRefusal reason;
        private final String file;

        public Refused(PhotoRefusal reason, Optional<String> file, Throwable cause) {
            super(reason.name() + file.map(f -> " " + f).orElse(""), cause);
            this.reason = reason;
            this.file = file.orElse(null);
        }

        public PhotoRefusal reason() {
            return reason;
        }

        public Optional<String> file() {
            return Optional.ofNullable(file);
        }
    }

    private final Clinic clinic;
    private final PhotoFiles files;
    private final Audit audit;

    public Photos(Clinic clinic) {
        this(clinic, new Audit(clinic));
    }

    /** Noting photos added and deleted in {@code audit}. */
    public Photos(Clinic clinic, Audit audit) {
        this.audit = audit;
        this.clinic = clinic;
        this.files = new PhotoFiles(clinic.folder());
    }

    // ---------------------------------------------------------------- consent

    public PhotoConsent consent(UUID clientId) throws RecordsFailure {
        return clinic.with(s -> s.photos().consent(clientId));
    }

    /**
     * Records the client's answers as they are now: photos for the clinical record, and use in marketing, each
     * only when it changed; {@code recordedBy} is who took the consent, {@code textVersion} the version of the
     * photo consent text the client was shown, kept with each change.
     */
    public PhotoConsent recordConsent(UUID clientId, boolean clinicalRecords, boolean marketing, String recordedBy,
                                      int textVersion) throws RecordsFailure {
        return clinic.with(s -> {
            PhotoConsent now = s.photos().consent(clientId);
            List<PhotoConsent.Kind> changes = new ArrayList<>();
            if (clinicalRecords != now.clinical()) {
                changes.add(clinicalRecords ? PhotoConsent.Kind.CLINICAL_GIVEN : PhotoConsent.Kind.CLINICAL_WITHDRAWN);
            }
            if (marketing != now.marketingUse()) {
                changes.add(marketing ? PhotoConsent.Kind.MARKETING_GIVEN : PhotoConsent.Kind.MARKETING_WITHDRAWN);
            }
            return changes.isEmpty() ? now : s.photos().recordConsent(clientId, changes, recordedBy,
                    PhotoConsent.textDetail(textVersion));
        });
    }

    public List<PhotoConsent.Event> consentHistory(UUID clientId) throws RecordsFailure {
        return clinic.with(s -> s.photos().consentEvents(clientId));
    }

    // ---------------------------------------------------------------- photos

    /**
     * Adds the photo in {@code file} to the consultation: refused without the client's consent for clinical
     * records, and for a file that is not a complete JPEG or PNG within the size limits (HEIC has no maintained
     * Java decoder). The original is kept byte for byte; the listing names it by id.
     */
    public Photo add(UUID consultationId, Path file, PhotoView view, Optional<Zone> zone)
            throws Refused, RecordsFailure, IOException {
        StoredConsultation k = clinic.with(s -> s.consultations().find(consultationId))
                .orElseThrow(() -> new Refused(PhotoRefusal.NOT_FOUND, Optional.empty(), null));
        if (k.clientId() == null) {
            throw new Refused(PhotoRefusal.CLIENT_NOT_RECORDED, Optional.empty(), null);
        }
        if (!consent(k.clientId()).clinical()) {
            throw new Refused(PhotoRefusal.NO_CLINICAL_CONSENT, Optional.empty(), null);
        }
        Optional<String> name = Optional.of(String.valueOf(file.getFileName()));
        byte[] bytes = read(file, name);
        PhotoImage.Prepared prepared;
        try {
            prepared = PhotoImage.prepare(bytes);
        } catch (PhotoImage.Refused e) {
            throw new Refused(e.reason(), name, e);
        }
        PhotoImage.Checked checked = prepared.checked();
        byte[] thumbnail = prepared.thumbnail();
        UUID id = UUID.randomUUID();
        LocalDate takenOn = k.intake() != null && k.intake().consultedOn() != null ? k.intake().consultedOn()
                : clinic.today();
        Photo photo = new Photo(id, consultationId, k.clientId(), view, zone, takenOn, clinic.clock().instant(),
                checked.format(), bytes.length, sha256(bytes), checked.width(), checked.height(), checked.orientation());
        files.keep(id, checked.format(), bytes, thumbnail);
        try {
            clinic.with(s -> {
                s.photos().add(photo, clinic.actor());
                return null;
            });
        } catch (RecordsFailure | RuntimeException e) {
            files.remove(id, checked.format());
            throw e;
        }
        audit.note(AuditAction.PHOTO_ADDED, AuditSubject.PHOTO, id.toString(), consultationId.toString());
        LOG.info("Added a photo of " + photo.width() + "×" + photo.height() + " (" + photo.bytes() + " bytes)");
        return photo;
    }

    /** The consultation's photos in the order they were added. */
    public List<Photo> list(UUID consultationId) throws RecordsFailure {
        return clinic.with(s -> s.photos().forConsultation(consultationId));
    }

    /** Every photo of the client, oldest visit first. */
    public List<Photo> listForClient(UUID clientId) throws RecordsFailure {
        return clinic.with(s -> s.photos().forClient(clientId));
    }

    /** The thumbnail's JPEG bytes; a file moved or removed by hand is refused naming it. */
    public byte[] thumbnail(UUID id) throws Refused, RecordsFailure {
        find(id);
        Path thumb = files.thumbnail(id);
        return read(thumb, Optional.of(String.valueOf(thumb.getFileName())));
    }

    /** Where the original is; a file moved or removed by hand is refused naming it. */
    public Path original(UUID id) throws Refused, RecordsFailure {
        Photo p = find(id);
        Path original = files.original(id, p.format());
        if (!Files.isRegularFile(original)) {
            throw new Refused(PhotoRefusal.FILE_MISSING, Optional.of(String.valueOf(original.getFileName())), null);
        }
        return original;
    }

    /**
     * Deletes a photo: the records keep that it was there (its hash) and why it was deleted; its files leave the
     * data folder.
     */
    /**
     * Writes an exported comparison (PNG bytes) to {@code target}, whole or not at all and owner-only; the data
     * folder's own files are refused, as for every file the app writes where the person chose.
     */
    public void saveComparison(Path target, byte[] png) throws IOException, RecordsFailure {
        Path absolute = target.toAbsolutePath();
        DataFolder.refuseProtected(absolute, clinic.folder());
        AtomicFile.write(absolute, true, out -> out.write(png));
    }

    public void delete(UUID id, String reason, String actor) throws Refused, RecordsFailure {
        if (reason == null || reason.isBlank()) {
            throw new Refused(PhotoRefusal.REASON_REQUIRED, Optional.empty(), null);
        }
        Photo p = find(id);
        if (!clinic.with(s -> s.photos().markDeleted(id, reason.strip(), actor))) {
            throw new Refused(PhotoRefusal.NOT_FOUND, Optional.empty(), null);
        }
        audit.note(AuditAction.PHOTO_DELETED, AuditSubject.PHOTO, id.toString(), p.consultationId().toString());
        try {
            files.remove(id, p.format());
        } catch (IOException e) {
            // The record says deleted; a file left behind is only disk space, and is named in the log by id.
            LOG.log(Level.WARNING, "A deleted photo's file could not be removed: " + id, e);
        }
    }

    public List<PhotoEvent> events(UUID id) throws RecordsFailure {
        return clinic.with(s -> s.photos().events(id));
    }

    private Photo find(UUID id) throws Refused, RecordsFailure {
        return clinic.with(s -> s.photos().find(id))
                .orElseThrow(() -> new Refused(PhotoRefusal.NOT_FOUND, Optional.empty(), null));
    }

    private static byte[] read(Path file, Optional<String> name) throws Refused {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new Refused(PhotoRefusal.FILE_TOO_LARGE, name, null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Refused(PhotoRefusal.FILE_MISSING, name, e);
        } catch (AccessDeniedException e) {
            throw new Refused(PhotoRefusal.FILE_UNREADABLE, name, e);
        } catch (IOException e) {
            throw new Refused(Files.exists(file) ? PhotoRefusal.FILE_UNREADABLE : PhotoRefusal.FILE_MISSING, name, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
