package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditFilter;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.ConsentTexts;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use cases note what they did in the audit trail, on a real data folder, and the admin exports it as CSV. */
class AuditTest {
    @TempDir
    Path temp;

    private Clinic clinic;
    private Audit audit;
    private Consultations consultations;
    private ConsultationDocuments documents;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = new Clinic(folder, Clock.systemDefaultZone(), "jpark", "desk-1");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        audit = new Audit(clinic);
        consultations = new Consultations(clinic, "desk-1", audit);
        documents = new ConsultationDocuments(clinic, new SettingsStore(folder), new Printers() {
            @Override
            public List<String> names() {
                return List.of("Front desk");
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.of("Front desk");
            }

            @Override
            public void print(byte[] pdf, Optional<String> printer, int copies) {
                printed.add(printer.orElseThrow());
            }
        }, new Consents(clinic, ConsentTexts::builtIn, audit), audit);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private StoredConsultation kept() throws Exception {
        return clinic.with(s -> {
            StoredClient c = s.clients().create(ConsultationDocumentsTest.CLIENT);
            Intake in = ConsultationDocumentsTest.intake();
            StoredConsultation draft = StoredConsultation.newDraft(in)
                    .with(c.id(), in, ConsultationDocumentsTest.PLANNER.plan(in), List.of());
            s.consultations().saveDraft(draft, "jpark");
            return s.consultations().finalise(draft.id(), "jpark");
        });
    }

    private List<AuditEvent> newestFirst() throws Exception {
        return audit.query(AuditFilter.all(100));
    }

    @Test
    void openingPrintingSavingExportingAndSettingsAreNotedWithWhoWhereAndWhat() throws Exception {
        StoredConsultation k = kept();
        assertTrue(consultations.open(k.id()).isPresent());
        ConsultationDocuments.Source source = documents.kept(k.id());
        ConsultationDocuments.Rendered doc = documents.render(source, DocumentKind.HANDOUT, Language.EN, PaperSize.A4);
        documents.print(source, doc, Optional.empty(), 2);
        documents.save(source, doc, temp.resolve("out").resolve("Ana Ruiz handout.pdf"), false);
        clinic.export(temp.resolve("out").resolve("Ana Ruiz records.json"));
        documents.saveClinicSettings(ClinicSettings.defaults());
        clinic.savePlanCalendar(PlanCalendar.defaults());

        List<AuditEvent> events = newestFirst();
        assertEquals(List.of(AuditAction.SETTING_CHANGED, AuditAction.SETTING_CHANGED, AuditAction.RECORDS_EXPORTED,
                AuditAction.CONSULTATION_PDF_SAVED, AuditAction.CONSULTATION_PRINTED, AuditAction.CONSULTATION_OPENED),
                events.stream().map(AuditEvent::action).toList());
        AuditEvent opened = events.get(5);
        assertEquals("jpark", opened.actor());
        assertEquals("desk-1", opened.workstation());
        assertEquals(AuditSubject.CONSULTATION, opened.subject());
        assertEquals(k.id().toString(), opened.subjectId());
        assertEquals(List.of("HANDOUT", "EN", "2"), events.get(4).detail());
        assertEquals(List.of("1", "0", "0"), events.get(2).detail());
        assertEquals(List.of("PLAN_CALENDAR", "CLINIC_SETTINGS"), List.of(events.get(0).subjectId(),
                events.get(1).subjectId()));
        for (AuditEvent e : events) {
            String all = String.join(" ", e.actor(), e.workstation(), e.subjectId(), String.join(" ", e.detail()));
            assertFalse(all.contains("Ana") || all.contains("Ruiz"), "no client's name in the trail: " + e);
        }
        assertEquals(AuditCheck.intact(6), audit.verify());
    }

    @Test
    void theTrailIsExportedAsCsvOldestFirstAndTheExportIsItselfNoted() throws Exception {
        StoredConsultation k = kept();
        consultations.open(k.id());
        clinic.backupNow();
        Path csv = temp.resolve("out").resolve("audit.csv");

        assertEquals(2, audit.exportCsv(csv));

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(Audit.CSV_HEADER, lines.get(0));
        assertEquals(3, lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals("1", first[0]);
        assertEquals("jpark", first[2]);
        assertEquals("desk-1", first[3]);
        assertEquals("CONSULTATION_OPENED", first[4]);
        assertEquals(k.id().toString(), first[6]);
        assertTrue(lines.get(2).contains(",BACKUP_MADE,BACKUP,"), lines.get(2));
        assertEquals(AuditAction.AUDIT_EXPORTED, newestFirst().get(0).action());
    }

    @Test
    void anImportAndARestoreAreNotedAndTheRestoredTrailGoesOnFromTheBackups() throws Exception {
        StoredConsultation k = kept();
        consultations.open(k.id());
        Path file = Files.createDirectories(temp.resolve("out")).resolve("records.json");
        clinic.export(file);
        clinic.importFile(file);
        assertEquals(List.of("0", "1"), newestFirst().get(0).detail());
        assertEquals(AuditAction.RECORDS_IMPORTED, newestFirst().get(0).action());

        BackupMade made = clinic.backupNow();
        consultations.open(k.id());
        assertTrue(clinic.restore(made.backup()).error() == null);

        List<AuditEvent> after = newestFirst();
        // The backup was taken before its own note: the restored trail ends at the import, then the restore.
        assertEquals(List.of(AuditAction.BACKUP_RESTORED, AuditAction.RECORDS_IMPORTED, AuditAction.RECORDS_EXPORTED,
                AuditAction.CONSULTATION_OPENED), after.stream().map(AuditEvent::action).toList());
        assertEquals(made.backup().file().getFileName().toString(), after.get(0).subjectId());
        assertEquals(AuditCheck.intact(4), audit.verify());
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefusedAndCommasAreQuoted() {
        assertEquals("'=SUM(A1)", Audit.cell("=SUM(A1)"));
        assertEquals("\"a,b\"", Audit.cell("a,b"));
        assertEquals("plain", Audit.cell("plain"));
    }
}
