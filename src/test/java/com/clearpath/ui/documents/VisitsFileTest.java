package com.clearpath.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.ConsentSigning;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.Sessions;
import com.clearpath.document.IcsText;
import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Visit;
import com.clearpath.domain.Zone;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.records.Records;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front desk's "Visits (.ics)…": the kept plan's visits as a calendar file, read back as a calendar would. */
class VisitsFileTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    static final Client CLIENT = new Client("Zoë; María", "Nguyễn, 李", LocalDate.of(1994, 3, 2), null, null);

    @TempDir
    Path temp;

    private DataFolder folder() throws Exception {
        return new DataFolder(temp.resolve("data")).ensureExists();
    }

    /** Mixed ice pick, rolling and deep boxcar scars in type IV skin, kept as final or left a draft. */
    private static StoredConsultation kept(DataFolder folder, boolean makeFinal, Planner planner) throws Exception {
        try (Database db = Database.open(folder.database())) {
            StoredClient c = new ClientRepository(db, Clock.systemDefaultZone()).create(CLIENT);
            Intake base = IntakeBuilder.intake().concern(ConcernKind.ICE_PICK).concern(ConcernKind.ROLLING)
                    .concern(ConcernKind.BOXCAR_DEEP).fitzpatrick(4).build();
            Intake in = new Intake(base.format(), CLIENT, LocalDate.of(2026, 11, 20), null, base.concerns(), null,
                    base.skin(), base.activeAcne(), base.screening(), null, null);
            ConsultationRepository consultations = new ConsultationRepository(db, Clock.systemDefaultZone());
            StoredConsultation draft = StoredConsultation.newDraft(in).with(c.id(), in, planner.plan(in), List.of());
            consultations.saveDraft(draft, "J. Park");
            return makeFinal ? consultations.finalise(draft.id(), "J. Park") : consultations.find(draft.id()).orElseThrow();
        }
    }

    private static Records open(DataFolder folder) {
        Records records = new Records(folder, Clock.systemUTC(), "front desk", new SameThreadBackgroundTasks());
        records.open(status -> { });
        return records;
    }

    @Test
    void theAgreedVisitsAreWrittenOwnerOnlyParsedBackAndNotedInTheHistory() throws Exception {
        DataFolder folder = folder();
        StoredConsultation k = kept(folder, true, PLANNER);
        Records records = open(folder);
        Path file = temp.resolve(VisitsFile.suggestedName(CLIENT));
        assertEquals("Nguyễn-李-Zoë-María-visits.ics", file.getFileName().toString());

        ConsultationDocuments.VisitsWritten written = new VisitsFile(new ConsultationDocuments(records.clinic())).write(k.id(), file);

        Protocol p = k.plan().protocol();
        assertEquals(p.visits().size(), written.visits());
        assertTrue(written.notRecorded().isEmpty());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        for (String physical : raw.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + physical);
        }
        List<Map<String, String>> events = IcsText.parse(raw);
        assertEquals(p.visits().size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            Visit v = p.visits().get(i);
            Map<String, String> e = events.get(i);
            assertEquals(v.date().toString().replace("-", ""), e.get("DTSTART;VALUE=DATE"));
            assertEquals(v.date().plusDays(1).toString().replace("-", ""), e.get("DTEND;VALUE=DATE"));
            assertTrue(IcsText.unescape(e.get("SUMMARY")).startsWith("Zoë; María Nguyễn, 李, visit " + v.visit()
                    + " of " + p.visits().size() + ": "), e.get("SUMMARY"));
            String description = IcsText.unescape(e.get("DESCRIPTION"));
            assertTrue(v.downtimeUntil().equals(v.date()) ? description.startsWith("No visible downtime")
                    : description.contains(v.downtimeUntil().toString()), description);
        }
        List<ConsultationEvent> history = records.with(s -> s.consultations().events(k.id()));
        ConsultationEvent noted = history.get(history.size() - 1);
        assertEquals(ConsultationEvent.Kind.VISITS_EXPORTED, noted.kind());
        assertEquals(p.visits().size() + " visits saved as " + file.getFileName(), noted.detail());
        assertEquals("front desk", noted.actor());

        // Written again for the same consultation: the same events, so a calendar updates them instead of doubling.
        Path again = temp.resolve("again.ics");
        new VisitsFile(new ConsultationDocuments(records.clinic())).write(k.id(), again);
        assertEquals(events.stream().map(e -> e.get("UID")).toList(),
                IcsText.parse(Files.readString(again)).stream().map(e -> e.get("UID")).toList());
    }

    @Test
    void sessionsDoneMoveTheBookedEventsAndKeepTheirIds() throws Exception {
        DataFolder folder = folder();
        StoredConsultation k = kept(folder, true, PLANNER);
        Records records = open(folder);
        VisitsFile visits = new VisitsFile(new ConsultationDocuments(records.clinic()));
        Path before = temp.resolve("before.ics");
        visits.write(k.id(), before);
        List<Visit> planned = k.plan().protocol().visits();
        assertTrue(planned.size() >= 3, "a plan of a few visits");

        // The first visit done today, early, and the next one booked nine days after its planned gap.
        LocalDate today = records.clinic().today();
        ConsentSigning.signAgreed(records.clinic(), k.id());
        LocalDate booked = today.plusDays(ChronoUnit.DAYS.between(planned.get(0).date(), planned.get(1).date()) + 9);
        new Sessions(records.clinic()).record(k.id(), new TreatmentSession(today, planned.get(0).treatments().get(0),
                "J. Park", List.of(Zone.CHEEK_LEFT), "", Map.of(), "", "", "", "", "").withNextVisit(booked));
        Path after = temp.resolve("after.ics");
        visits.write(k.id(), after);

        List<Map<String, String>> was = IcsText.parse(Files.readString(before));
        List<Map<String, String>> now = IcsText.parse(Files.readString(after));
        assertEquals(was.stream().map(e -> e.get("UID")).toList(), now.stream().map(e -> e.get("UID")).toList(),
                "a re-import updates the events booked, never doubles them");
        assertEquals(ics(today), now.get(0).get("DTSTART;VALUE=DATE"), "done on the day performed");
        assertEquals(ics(booked), now.get(1).get("DTSTART;VALUE=DATE"), "the next on the day booked");
        for (int i = 2; i < planned.size(); i++) {
            long gap = ChronoUnit.DAYS.between(planned.get(i - 1).date(), planned.get(i).date());
            assertEquals(ics(LocalDate.parse(iso(now.get(i - 1).get("DTSTART;VALUE=DATE"))).plusDays(gap)),
                    now.get(i).get("DTSTART;VALUE=DATE"), "visit " + (i + 1) + " keeps its planned gap");
        }
        assertEquals(ics(planned.get(1).date()), was.get(1).get("DTSTART;VALUE=DATE"), "as planned before");
    }

    private static String ics(LocalDate d) {
        return d.toString().replace("-", "");
    }

    private static String iso(String ics) {
        return ics.substring(0, 4) + "-" + ics.substring(4, 6) + "-" + ics.substring(6);
    }

    @Test
    void theDataFoldersOwnFilesAreNeverWrittenOver() throws Exception {
        DataFolder folder = folder();
        StoredConsultation k = kept(folder, true, PLANNER);
        new SettingsStore(folder).savePlanCalendar(PlanCalendar.defaults());
        String settings = Files.readString(folder.settings());
        Records records = open(folder);
        for (Path own : List.of(folder.settings(), folder.database())) {
            RecordsFailure e = assertThrows(RecordsFailure.class, () -> new VisitsFile(new ConsultationDocuments(records.clinic())).write(k.id(), own));
            assertEquals(RecordsFailure.Kind.REFUSED, e.kind());
        }
        assertEquals(settings, Files.readString(folder.settings()));
        assertFalse(records.with(s -> s.consultations().events(k.id())).stream()
                .anyMatch(e -> e.kind() == ConsultationEvent.Kind.VISITS_EXPORTED), "nothing noted");
    }

    @Test
    void aDraftOrAMissingConsultationIsNotBooked() throws Exception {
        DataFolder folder = folder();
        StoredConsultation draft = kept(folder, false, PLANNER);
        Records records = open(folder);
        Path file = temp.resolve("visits.ics");
        assertEquals(ConsultationDocuments.Reason.NOT_FINAL, assertThrows(ConsultationDocuments.Refused.class,
                () -> new VisitsFile(new ConsultationDocuments(records.clinic())).write(draft.id(), file)).reason());
        assertEquals(ConsultationDocuments.Reason.GONE, assertThrows(ConsultationDocuments.Refused.class,
                () -> new VisitsFile(new ConsultationDocuments(records.clinic())).write(UUID.randomUUID(), file)).reason());
        assertTrue(Files.notExists(file));
    }
}
