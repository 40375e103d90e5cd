package com.clearpath.store;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of one draft (two windows, later two computers) against one real SQLite file. */
class DraftVersionTest {
    @TempDir
    Path temp;
    Database first;
    Database second;

    @BeforeEach
    void open() throws Exception {
        first = Database.open(temp.resolve("clearpath.db"));
        second = Database.open(temp.resolve("clearpath.db"));
    }

    @AfterEach
    void close() throws Exception {
        first.close();
        second.close();
    }

    @Test
    void aSaveFromAnOlderCopyIsRefusedAndTheNewerAnswersAreKept() throws Exception {
        ConsultationRepository a = new ConsultationRepository(first, RecordsTest.CLOCK);
        ConsultationRepository b = new ConsultationRepository(second, RecordsTest.CLOCK);
        StoredConsultation saved = a.saveDraft(StoredConsultation.newDraft(intake().concern(ConcernKind.ROLLING).build()), "x");
        // Both windows opened the draft as it was then.
        StoredConsultation inA = a.find(saved.id()).orElseThrow();
        StoredConsultation inB = b.find(saved.id()).orElseThrow();

        Intake boxcar = intake().concern(ConcernKind.BOXCAR_SHALLOW).build();
        StoredConsultation newer = b.saveDraft(inB.with(null, boxcar, null, List.of()), "x");
        assertEquals(inB.version() + 1, newer.version());

        Intake pih = intake().concern(ConcernKind.PIH).build();
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> a.saveDraft(inA.with(null, pih, null, List.of()), "x"));
        assertEquals(RecordsFailure.Kind.CHANGED_ELSEWHERE, e.kind());
        assertEquals(RecordsFailure.Code.CHANGED_ELSEWHERE, e.code(), e.getMessage());
        assertEquals(boxcar.concerns(), a.find(saved.id()).orElseThrow().intake().concerns(), "the newer answers stay");
        // Nor can the older copy be made final over the newer answers.
        assertThrows(RecordsFailure.class, () -> a.finalise(inA.with(null, pih, null, List.of()), "x"));
        assertEquals(ConsultationStatus.DRAFT, a.find(saved.id()).orElseThrow().status());
    }

    @Test
    void eachSaveNamesTheVersionItReplacesAndKeepsTheStep() throws Exception {
        ConsultationRepository a = new ConsultationRepository(first, RecordsTest.CLOCK);
        StoredConsultation v1 = a.saveDraft(StoredConsultation.newDraft(intake().build()).at(0, 2), "x");
        StoredConsultation v2 = a.saveDraft(v1.at(v1.version(), 5), "x");
        assertEquals(2, v2.version());
        StoredConsultation back = a.find(v1.id()).orElseThrow();
        assertEquals(2, back.version());
        assertEquals(5, back.step(), "the wizard step is kept with the draft");
        assertNull(new ConsultationRepository(first, RecordsTest.CLOCK).startFollowUp(
                new ClientRepository(first, RecordsTest.CLOCK).create(RecordsTest.client("Ana", "Reyes")).id(),
                LocalDate.of(2026, 11, 22), "x").step());
    }

    @Test
    void finalisingANewClientsDraftFilesItUnderTheNameAsCorrected() throws Exception {
        ConsultationRepository k = new ConsultationRepository(first, RecordsTest.CLOCK);
        ClientRepository clients = new ClientRepository(first, RecordsTest.CLOCK);
        Client typo = new Client("Aan", "Reyes", LocalDate.of(1996, 4, 12), null, null);
        Intake typed = RecordsTest.withClient(intake().concern(ConcernKind.ROLLING).build(), typo);
        StoredConsultation draft = k.saveDraft(StoredConsultation.newDraft(typed), "x");
        assertEquals(0, clients.count(), "a draft makes no client record");

        Client fixed = new Client("Ana", "Reyes", LocalDate.of(1996, 4, 12), null, null);
        Intake corrected = RecordsTest.withClient(typed, fixed);
        StoredConsultation done = k.finalise(draft.with(null, corrected, RecordsTest.PLANNER.plan(corrected), List.of()), "x");
        assertEquals(ConsultationStatus.FINAL, done.status());
        assertEquals(1, clients.count());
        assertEquals("Ana", clients.find(done.clientId()).orElseThrow().client().firstName());

        // A second visit of the same person typed as new is matched, not duplicated.
        StoredConsultation again = k.saveDraft(StoredConsultation.newDraft(corrected), "x");
        StoredConsultation second = k.finalise(again.with(null, corrected, RecordsTest.PLANNER.plan(corrected), List.of()), "x");
        assertEquals(done.clientId(), second.clientId());
        assertEquals(1, clients.count());
    }
}
