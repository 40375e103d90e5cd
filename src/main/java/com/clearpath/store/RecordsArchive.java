package com.clearpath.store;

import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.SignedConsent;
import com.clearpath.exchange.ExportJson;
import com.clearpath.exchange.RecordsJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The export as one file: plain {@value ExportJson#FORMAT} JSON while the records hold no photo, otherwise a zip (a
 * records archive) whose first entry {@value #EXPORT_ENTRY} is that JSON, listing each photo with its SHA-256 and its
 * entry {@code photos/<id>.<jpg|png>}, followed by the photos' originals, then each signed consent's document
 * ({@code consents/<id>.pdf}, listed with its size and SHA-256). Importing tells the two apart by content,
 * checks the whole file first (every photo's size, hash and image type) and imports all or nothing; photos and
 * sessions already kept by id are skipped. One photo at a time is in memory, never all of them.
 */
public final class RecordsArchive {
    public static final String EXPORT_ENTRY = "export.json";
    /** The most one photo's original may take, as when it was added. */
    public static final long MAX_PHOTO_BYTES = 100L * 1024 * 1024;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final DataFolder folder;
    private final Clock clock;

    public RecordsArchive(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** What an export wrote: how many consultations, photos and signed consents, and whether as a records archive. */
    public record Exported(int consultations, int photos, int consents, boolean archive) {
        public Exported(int consultations, int photos, boolean archive) {
            this(consultations, photos, 0, archive);
        }
    }

    /** The most one signed consent's document may take. */
    public static final long MAX_CONSENT_BYTES = 20L * 1024 * 1024;

    /**
     * Writes the export to {@code target} whole or not at all, owner-only ({@link AtomicFile}); {@code replace}
     * allows an existing file to be replaced.
     */
    public Exported exportTo(Path target, boolean replace, ConsultationRepository consultations)
            throws RecordsFailure, IOException {
        Exported[] done = {null};
        try {
            AtomicFile.write(target, replace, out -> {
                try {
                    done[0] = export(consultations, out);
                } catch (RecordsFailure e) {
                    throw new Carried(e);
                }
            });
        } catch (Carried e) {
            throw e.failure;
        }
        return done[0];
    }

    /** Carries a records failure through the file writer's callback. */
    private static final class Carried extends IOException {
        private static final long serialVersionUID = 1L;
        final transient RecordsFailure failure;

        Carried(RecordsFailure failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }
    }

    /**
     * Writes every consultation to {@code out}, with photos, sessions and photo consent: plain JSON when no photo is
     * kept, else a records archive. Reads the records in one read transaction; the photos' files are copied after.
     */
    public Exported export(ConsultationRepository consultations, OutputStream out) throws RecordsFailure, IOException {
        List<Photo> listed = new ArrayList<>();
        List<SignedConsent> signed = new ArrayList<>();
        ZipOutputStream[] zip = {null};
        ExportJson.Writer[] writer = {null};
        int n = consultations.export(photos -> {
            OutputStream json = out;
            if (photos > 0) {
                zip[0] = new ZipOutputStream(out, StandardCharsets.UTF_8);
                // Photos are compressed already; the fastest level still shrinks the JSON well.
                zip[0].setLevel(Deflater.BEST_SPEED);
                zip[0].putNextEntry(new ZipEntry(EXPORT_ENTRY));
                json = AtomicFile.unclosed(zip[0]);
            }
            writer[0] = new ExportJson.Writer(json, clock.instant(), listed::add, signed::add);
            return writer[0];
        });
        writer[0].close();
        if (zip[0] == null) {
            return new Exported(n, 0, false);
        }
        zip[0].closeEntry();
        PhotoFiles files = new PhotoFiles(folder);
        for (Photo p : listed) {
            zip[0].putNextEntry(new ZipEntry(RecordsJson.file(p)));
            Files.copy(files.original(p.id(), p.format()), zip[0]);
            zip[0].closeEntry();
        }
        ConsentFiles documents = new ConsentFiles(folder);
        for (SignedConsent c : signed) {
            zip[0].putNextEntry(new ZipEntry(c.file()));
            Files.copy(documents.document(c.id()), zip[0]);
            zip[0].closeEntry();
        }
        zip[0].finish();
        return new Exported(n, listed.size(), signed.size(), true);
    }

    /** Whether {@code file} is a records archive (a zip) rather than plain JSON, by its first bytes. */
    public static boolean isArchive(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ZIP_SIGNATURE.length);
            return Arrays.equals(start, ZIP_SIGNATURE);
        }
    }

    /**
     * Reads and checks a whole export file or records archive without touching the records: the JSON as for any
     * export, then every listed photo's entry (present, its size, its SHA-256, and that it decodes as the image type
     * it claims). Each problem names its field or its entry.
     */
    public static ExportJson.Checked check(Path file, LocalDate today, Instant now) throws IOException {
        if (!isArchive(file)) {
            int[] index = {0};
            List<Problem> photos = new ArrayList<>();
            ExportJson.Checked c;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                c = ExportJson.read(in, today, now, e -> {
                    if (!e.photos().isEmpty()) {
                        photos.add(Problem.of("consultations[" + index[0] + "].photos", ProblemCode.PHOTOS_NEED_ARCHIVE));
                    }
                    if (!e.consents().isEmpty()) {
                        photos.add(Problem.of("consultations[" + index[0] + "].consents",
                                ProblemCode.CONSENTS_NEED_ARCHIVE));
                    }
                    index[0]++;
                });
            }
            return photos.isEmpty() ? c : new ExportJson.Checked(c.count(), joined(photos, c.problems()));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry json = zip.getEntry(EXPORT_ENTRY);
            if (json == null) {
                return refused(Problem.of(EXPORT_ENTRY, ProblemCode.ARCHIVE_ENTRY_MISSING));
            }
            List<Photo> photos = new ArrayList<>();
            List<SignedConsent> consents = new ArrayList<>();
            ExportJson.Checked c;
            try (InputStream in = new BufferedInputStream(zip.getInputStream(json), 1 << 16)) {
                c = ExportJson.read(in, today, now, e -> {
                    photos.addAll(e.photos());
                    e.consents().forEach(r -> consents.add(r.consent()));
                });
            } catch (ZipException e) {
                return refused(Problem.of(EXPORT_ENTRY, ProblemCode.ARCHIVE_ENTRY_DAMAGED));
            }
            if (!c.valid()) {
                return c;
            }
            List<Problem> problems = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (Photo p : photos) {
                Optional<Problem> problem = seen.add(p.id()) ? checkPhoto(zip, p)
                        : Optional.of(Problem.of(RecordsJson.file(p), ProblemCode.APPEARS_TWICE_IN_FILE));
                problem.ifPresent(problems::add);
                if (problems.size() >= ExportJson.MAX_PROBLEMS) {
                    break;
                }
            }
            Set<UUID> seenConsents = new HashSet<>();
            for (SignedConsent k : consents) {
                if (problems.size() >= ExportJson.MAX_PROBLEMS) {
                    break;
                }
                Optional<Problem> problem = seenConsents.add(k.id()) ? checkConsent(zip, k)
                        : Optional.of(Problem.of(k.file(), ProblemCode.APPEARS_TWICE_IN_FILE));
                problem.ifPresent(problems::add);
            }
            return new ExportJson.Checked(c.count(), problems);
        } catch (ZipException e) {
            return refused(Problem.of("", ProblemCode.ARCHIVE_UNREADABLE));
        }
    }

    /**
     * Imports a file {@link #check checked} before, all or nothing, in one transaction: photos new by id get their
     * files (original and a fresh thumbnail) in the data folder as they are listed, and a failure removes them again.
     */
    public ConsultationRepository.ImportResult importFile(ConsultationRepository consultations, Path file,
            LocalDate today, Function<Intake, Plan> planner, String actor) throws RecordsFailure, IOException {
        if (!isArchive(file)) {
            return consultations.importFile(() -> Files.newInputStream(file), today, planner, actor);
        }
        PhotoFiles files = new PhotoFiles(folder);
        ConsentFiles documents = new ConsentFiles(folder);
        List<Photo> kept = new ArrayList<>();
        List<SignedConsent> keptConsents = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry json = zip.getEntry(EXPORT_ENTRY);
            if (json == null) {
                throw changed(Problem.of(EXPORT_ENTRY, ProblemCode.ARCHIVE_ENTRY_MISSING));
            }
            boolean done = false;
            try {
                var result = consultations.importFile(() -> zip.getInputStream(json),
                        new ConsultationRepository.PhotoSource() {
                            @Override
                            public void keep(Photo p) throws IOException {
                                kept.add(p);
                                RecordsArchive.keep(zip, p, files);
                            }

                            @Override
                            public void keep(SignedConsent k) throws IOException {
                                keptConsents.add(k);
                                keepConsent(zip, k, documents);
                            }
                        }, today, planner, actor);
                done = true;
                return result;
            } catch (ChangedEntry e) {
                throw changed(e.problem);
            } finally {
                if (!done) {
                    // The transaction was rolled back: its photos' files go with it.
                    for (Photo p : kept) {
                        files.remove(p.id(), p.format());
                    }
                    for (SignedConsent k : keptConsents) {
                        documents.remove(k.id());
                    }
                }
            }
        } catch (ZipException e) {
            throw changed(Problem.of("", ProblemCode.ARCHIVE_UNREADABLE));
        }
    }

    private static void keep(ZipFile zip, Photo p, PhotoFiles files) throws IOException {
        ZipEntry entry = zip.getEntry(RecordsJson.file(p));
        byte[] bytes;
        try {
            bytes = entry == null ? null : read(zip, entry, p);
        } catch (ZipException e) {
            throw new ChangedEntry(Problem.of(RecordsJson.file(p), ProblemCode.ARCHIVE_ENTRY_DAMAGED));
        }
        Optional<Problem> problem = photoProblem(p, entry, bytes);
        if (problem.isPresent()) {
            throw new ChangedEntry(problem.get());
        }
        PhotoImage.Prepared prepared;
        try {
            prepared = PhotoImage.prepare(bytes);
        } catch (PhotoImage.Refused e) {
            throw new ChangedEntry(Problem.of(RecordsJson.file(p), ProblemCode.PHOTO_NOT_VALID, p.format()));
        }
        PhotoImage.Checked checked = prepared.checked();
        byte[] thumbnail = prepared.thumbnail();
        // A file under this id without a row is left from an import cut short; the archive's copy replaces it.
        files.remove(p.id(), p.format());
        files.keep(p.id(), p.format(), bytes, thumbnail);
    }

    private static void keepConsent(ZipFile zip, SignedConsent k, ConsentFiles documents) throws IOException {
        ZipEntry entry = zip.getEntry(k.file());
        byte[] bytes;
        try {
            bytes = entry == null ? null : read(zip, entry, k);
        } catch (ZipException e) {
            throw new ChangedEntry(Problem.of(k.file(), ProblemCode.ARCHIVE_ENTRY_DAMAGED));
        }
        Optional<Problem> problem = consentProblem(k, entry, bytes);
        if (problem.isPresent()) {
            throw new ChangedEntry(problem.get());
        }
        // A file under this id without a row is left from an import cut short; the archive's copy replaces it.
        documents.remove(k.id());
        documents.keep(k.id(), bytes);
    }

    private static Optional<Problem> checkConsent(ZipFile zip, SignedConsent k) throws IOException {
        ZipEntry entry = zip.getEntry(k.file());
        try {
            return consentProblem(k, entry, entry == null ? null : read(zip, entry, k));
        } catch (ZipException e) {
            return Optional.of(Problem.of(k.file(), ProblemCode.ARCHIVE_ENTRY_DAMAGED));
        }
    }

    private static byte[] read(ZipFile zip, ZipEntry entry, SignedConsent k) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes((int) Math.min(k.bytes(), MAX_CONSENT_BYTES) + 1);
        }
    }

    /** A signed document must be the very bytes signed: its size and SHA-256 as recorded at signing. */
    private static Optional<Problem> consentProblem(SignedConsent k, ZipEntry entry, byte[] bytes) {
        if (entry == null || bytes == null) {
            return Optional.of(Problem.of(k.file(), ProblemCode.ARCHIVE_ENTRY_MISSING));
        }
        if (k.bytes() > MAX_CONSENT_BYTES || bytes.length != k.bytes()) {
            String actual = bytes.length > k.bytes() ? "more" : String.valueOf(bytes.length);
            return Optional.of(Problem.of(k.file(), ProblemCode.CONSENT_DOCUMENT_SIZE_WRONG, k.bytes(), actual));
        }
        if (!sha256(bytes).equals(k.sha256())) {
            return Optional.of(Problem.of(k.file(), ProblemCode.CONSENT_DOCUMENT_HASH_WRONG));
        }
        return Optional.empty();
    }

    private static Optional<Problem> checkPhoto(ZipFile zip, Photo p) throws IOException {
        ZipEntry entry = zip.getEntry(RecordsJson.file(p));
        try {
            return photoProblem(p, entry, entry == null ? null : read(zip, entry, p));
        } catch (ZipException e) {
            return Optional.of(Problem.of(RecordsJson.file(p), ProblemCode.ARCHIVE_ENTRY_DAMAGED));
        }
    }

    /** One photo's entry read whole, at most one byte more than listed (so a longer one shows). */
    private static byte[] read(ZipFile zip, ZipEntry entry, Photo p) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes((int) Math.min(p.bytes(), MAX_PHOTO_BYTES) + 1);
        }
    }

    private static Optional<Problem> photoProblem(Photo p, ZipEntry entry, byte[] bytes) {
        String name = RecordsJson.file(p);
        if (entry == null || bytes == null) {
            return Optional.of(Problem.of(name, ProblemCode.ARCHIVE_ENTRY_MISSING));
        }
        if (p.bytes() > MAX_PHOTO_BYTES || bytes.length != p.bytes()) {
            String actual = bytes.length > p.bytes() ? "more" : String.valueOf(bytes.length);
            return Optional.of(Problem.of(name, ProblemCode.PHOTO_SIZE_WRONG, p.bytes(), actual));
        }
        if (!sha256(bytes).equals(p.sha256())) {
            return Optional.of(Problem.of(name, ProblemCode.PHOTO_HASH_WRONG));
        }
        try {
            if (!PhotoImage.check(bytes).format().equals(p.format())) {
                return Optional.of(Problem.of(name, ProblemCode.PHOTO_NOT_VALID, p.format()));
            }
        } catch (PhotoImage.Refused e) {
            return Optional.of(Problem.of(name, ProblemCode.PHOTO_NOT_VALID, p.format()));
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ExportJson.Checked refused(Problem p) {
        return new ExportJson.Checked(0, List.of(p));
    }

    private static List<Problem> joined(List<Problem> a, List<Problem> b) {
        List<Problem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static RecordsFailure changed(Problem first) {
        return new RecordsFailure(Code.IMPORT_FILE_CHANGED, Doing.IMPORT, null, "1", String.valueOf(first));
    }


    /** A photo entry that no longer matches what the check found, carried out of the import's transaction. */
    private static final class ChangedEntry extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        ChangedEntry(Problem problem) {
            super(String.valueOf(problem));
            this.problem = problem;
        }
    }
}
