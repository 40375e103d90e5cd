package com.clearpath.app;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditFilter;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.store.AtomicFile;
import com.clearpath.store.AuditRepository;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's audit trail: who viewed, printed, exported, restored or changed what, on which computer and when.
 * Events are appended by the use cases where those things happen, never by the screens; the admin lists them, checks
 * the chain and exports them. Blocking: call off the FX thread.
 */
public final class Audit {
    /** Rows read at a time while exporting, so a long trail is not held in memory whole. */
    private static final int EXPORT_PAGE = 500;
    static final String CSV_HEADER = "seq,at,actor,workstation,action,subject,subject_id,detail";

    private final Clinic clinic;

    public Audit(Clinic clinic) {
        this.clinic = clinic;
    }

    /** Appends an event done now by the clinic's actor; fails when the trail cannot take it. */
    public AuditEvent record(AuditAction action, AuditSubject subject, String subjectId, String... detail)
            throws RecordsFailure {
        return clinic.audit(action, subject, subjectId, List.of(detail));
    }

    /**
     * Appends an event where what was done stands either way (a view, a print): a trail that cannot take it is
     * logged and its failure returned, the work is not undone.
     */
    public Optional<RecordsFailure> note(AuditAction action, AuditSubject subject, String subjectId,
                                         String... detail) {
        return clinic.note(action, subject, subjectId, detail);
    }

    /** A page of events, newest first. */
    public List<AuditEvent> query(AuditFilter filter) throws RecordsFailure {
        return clinic.with(s -> new AuditRepository(s.database()).find(filter));
    }

    /** Everyone the trail names, for the filter. */
    public List<String> actors() throws RecordsFailure {
        return clinic.with(s -> new AuditRepository(s.database()).actors());
    }

    /** Walks the whole chain: intact, or the first entry where it breaks. */
    public AuditCheck verify() throws RecordsFailure {
        return clinic.with(s -> new AuditRepository(s.database()).verify());
    }

    /**
     * Writes every event the filter picks (its paging aside), oldest first, as CSV to {@code target}, whole or not at
     * all; the data folder's own files are refused. The export is itself an event. Returns the rows written.
     */
    public int exportCsv(Path target, AuditFilter filter) throws RecordsFailure, IOException {
        Path absolute = target.toAbsolutePath();
        DataFolder.refuseProtected(absolute, clinic.folder());
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        List<AuditEvent> rows = new ArrayList<>();
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<AuditEvent> page = query(new AuditFilter(filter.action(), filter.actor(), filter.from(),
                    filter.until(), offset, EXPORT_PAGE));
            rows.addAll(page);
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            AuditEvent e = rows.get(i);
            csv.append(e.seq()).append(',').append(e.at()).append(',').append(cell(e.actor())).append(',')
                    .append(cell(e.workstation())).append(',').append(e.action().name()).append(',')
                    .append(e.subject().name()).append(',').append(cell(e.subjectId())).append(',')
                    .append(cell(String.join(";", e.detail()))).append("\r\n");
        }
        Files.createDirectories(absolute.getParent());
        AtomicFile.write(absolute, csv.toString().getBytes(StandardCharsets.UTF_8));
        note(AuditAction.AUDIT_EXPORTED, AuditSubject.EXPORT_FILE, "", Integer.toString(rows.size()));
        return rows.size();
    }

    /** Every event, as CSV. */
    public int exportCsv(Path target) throws RecordsFailure, IOException {
        return exportCsv(target, AuditFilter.all(EXPORT_PAGE));
    }

    /** Quoted when it holds a comma, quote or line break; a leading formula sign is defused for spreadsheets. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
