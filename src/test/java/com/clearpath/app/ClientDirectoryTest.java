package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Client;
import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Problem;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clients' use cases on a real SQLite file: finding, reading, correcting, and starting the next visit. */
class ClientDirectoryTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());

    @TempDir
    Path temp;
    private Clinic clinic;
    private ClientDirectory directory;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), Clock.systemDefaultZone(), "J. Park");
        assertInstanceOf(DatabaseStatus.Ready.class, clinic.open().status());
        directory = new ClientDirectory(clinic);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** A client written straight through the store, as an earlier visit would have. */
    static StoredClient client(Clinic clinic, String first, String last, LocalDate born) throws RecordsFailure {
        return clinic.with(s -> s.clients().create(new Client(first, last, born, null, null)));
    }

    /** A final consultation of {@code client} on {@code on}, planned by the engine. */
    static StoredConsultation consultation(Clinic clinic, StoredClient client, LocalDate on) throws RecordsFailure {
        Intake base = IntakeBuilder.intake().concern(ConcernKind.ROLLING).grade(3).build();
        Intake in = new Intake(base.format(), client.client(), on, base.practitioner(), base.concerns(),
                base.goodmanBaronGrade(), base.skin(), base.activeAcne(), base.screening(), null, null);
        StoredConsultation draft = StoredConsultation.newDraft(in).with(client.id(), in, PLANNER.plan(in), List.of());
        return clinic.with(s -> {
            s.consultations().saveDraft(draft, "J. Park");
            return s.consultations().finalise(draft.id(), "J. Park");
        });
    }

    @Test
    void anEmptyClinicIsEmptyUntilItsFirstClient() throws Exception {
        assertTrue(directory.isEmpty());
        client(clinic, "Ana", "Reyes", LocalDate.of(1996, 4, 12));
        assertFalse(directory.isEmpty());
    }

    @Test
    void searchFindsAClientIgnoringAccentsAndAnEmptyQueryFindsNobody() throws Exception {
        StoredClient jose = client(clinic, "José", "García", LocalDate.of(1990, 5, 17));
        client(clinic, "Ana", "Reyes", LocalDate.of(1996, 4, 12));
        consultation(clinic, jose, LocalDate.now().minusDays(3));

        List<ClientMatch> found = directory.search("jose garcia", 10);
        assertEquals(List.of(jose.id()), found.stream().map(ClientMatch::id).toList());
        assertEquals(1, found.get(0).consultations());
        assertTrue(directory.search("  ", 10).isEmpty());
        assertEquals(1, directory.recent(10).size());
        assertEquals(jose.id(), directory.find(jose.id()).orElseThrow().id());
    }

    @Test
    void historyAndConsultationAreReadTogetherWithOnlyTheDocumentEvents() throws Exception {
        StoredClient ana = client(clinic, "Ana", "Reyes", LocalDate.of(1996, 4, 12));
        StoredConsultation first = consultation(clinic, ana, LocalDate.now().minusMonths(2));
        consultation(clinic, ana, LocalDate.now().minusDays(1));
        clinic.with(s -> {
            s.consultations().record(first.id(), ConsultationEvent.Kind.PRINTED, "Front desk", "handout");
            s.consultations().record(first.id(), ConsultationEvent.Kind.PDF_SAVED, "J. Park", "summary.pdf");
            return null;
        });
        StoredConsultation correction = new Consultations(clinic, "test").startCorrection(first.id());

        ClientDirectory.History history = directory.history(ana.id()).orElseThrow();
        assertEquals(ana.id(), history.client().id());
        assertEquals(3, history.consultations().size(), "two visits and a correction");

        ClientDirectory.Consultation read = directory.consultation(first.id()).orElseThrow();
        assertEquals(ana.id(), read.client().orElseThrow().id());
        assertEquals(List.of(ConsultationEvent.Kind.PRINTED, ConsultationEvent.Kind.PDF_SAVED),
                read.documents().stream().map(ConsultationEvent::kind).toList(), "creation and finalising are not documents");
        ClientDirectory.Consultation fix = directory.consultation(correction.id()).orElseThrow();
        assertEquals(first.id(), fix.corrects().orElseThrow().id());
        assertEquals(ConsultationStatus.DRAFT, fix.consultation().status());

        assertTrue(directory.history(UUID.randomUUID()).isEmpty());
        assertTrue(directory.consultation(UUID.randomUUID()).isEmpty());
    }

    @Test
    void anEditWithBadFieldsSaysEveryProblemAndChangesNothing() throws Exception {
        StoredClient ana = client(clinic, "Ana", "Reyes", LocalDate.of(1996, 4, 12));
        ClientDirectory.Edit refused = directory.edit(ana.id(), new Client("", "Reyes", LocalDate.now().plusDays(5),
                null, "not an address"));
        List<String> paths = ((ClientDirectory.Refused) refused).problems().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("client.firstName", "client.dateOfBirth", "client.email")), paths.toString());
        assertEquals("Ana", directory.find(ana.id()).orElseThrow().client().firstName());

        ClientDirectory.Edit edited = directory.edit(ana.id(), new Client("Ana María", "Reyes",
                LocalDate.of(1996, 4, 12), "555-0101", null));
        assertEquals("Ana María", ((ClientDirectory.Edited) edited).client().client().firstName());
        assertEquals(ClientRepository.ChangeKind.EDITED,
                clinic.with(s -> s.clients().changes(ana.id())).get(0).kind());
    }

    @Test
    void aDuplicateIsFoundAndMergedAndOnlyARecordWithoutFinalConsultationsIsDeleted() throws Exception {
        StoredClient ana = client(clinic, "Ana", "Reyes", LocalDate.of(1996, 4, 12));
        consultation(clinic, ana, LocalDate.now().minusMonths(1));
        StoredClient again = client(clinic, "ANA", "Réyes", LocalDate.of(1996, 4, 12));
        StoredConsultation visit = consultation(clinic, again, LocalDate.now().minusDays(1));
        StoredClient leftover = client(clinic, "Aan", "Reyez", LocalDate.of(1996, 4, 12));

        assertEquals(List.of(ana.id(), again.id()), directory.duplicatesOf(ana.client()).stream()
                .map(StoredClient::id).toList());
        assertEquals(ana.id(), directory.merge(ana.id(), again.id()).id());
        assertTrue(directory.find(again.id()).isEmpty());
        assertEquals(ana.id(), directory.consultation(visit.id()).orElseThrow().consultation().clientId());

        assertThrows(RecordsFailure.class, () -> directory.delete(ana.id()));
        directory.delete(leftover.id());
        assertTrue(directory.find(leftover.id()).isEmpty());
    }

}
