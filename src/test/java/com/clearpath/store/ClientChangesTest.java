package com.clearpath.store;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing, merging and deleting client records against a real SQLite file. */
class ClientChangesTest {
    @TempDir
    Path temp;
    Database db;
    ClientRepository clients;
    ConsultationRepository consultations;
    ClientChanges changes;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(temp.resolve("clearpath.db"));
        clients = new ClientRepository(db, RecordsTest.CLOCK);
        consultations = new ConsultationRepository(db, RecordsTest.CLOCK);
        changes = new ClientChanges(clients, RecordsTest.CLOCK, "reception");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    StoredConsultation finalFor(StoredClient c) throws RecordsFailure {
        var in = RecordsTest.withClient(intake().concern(ConcernKind.ROLLING).build(), c.client());
        StoredConsultation d = StoredConsultation.newDraft(in).with(c.id(), in, RecordsTest.PLANNER.plan(in), List.of());
        consultations.saveDraft(d, "x");
        return consultations.finalise(d.id(), "x");
    }

    @Test
    void anEditedClientIsFoundByTheCorrectedNameAndTheTrailSaysWhatChanged() throws Exception {
        StoredClient typo = clients.create(new Client("Aan", "Reyez", LocalDate.of(1996, 4, 12), null, null));
        changes.edit(typo.id(), new Client("Ana", "Reyes", LocalDate.of(1996, 4, 12), "+1 210 555 0101", null));
        assertEquals(typo.id(), clients.search("ana reyes", 5).get(0).id());
        assertTrue(clients.search("reyez", 5).isEmpty(), "the misspelt name no longer finds anyone");
        var trail = clients.changes(typo.id());
        assertEquals(ClientRepository.ChangeKind.EDITED, trail.get(0).kind());
        assertEquals("reception", trail.get(0).actor());
        assertTrue(trail.get(0).detail().contains("Aan Reyez") && trail.get(0).detail().contains("Ana Reyes"));
    }

    @Test
    void anEditThatBreaksARuleIsRefusedNamingTheField() throws Exception {
        StoredClient ana = clients.create(RecordsTest.client("Ana", "Reyes"));
        ClientChanges.Invalid e = assertThrows(ClientChanges.Invalid.class, () -> changes.edit(ana.id(),
                new Client("Ana", " ", LocalDate.of(3000, 1, 1), null, null)));
        List<String> paths = e.problems().stream().map(p -> p.path()).toList();
        assertTrue(paths.contains("client.lastName") && paths.contains("client.dateOfBirth"), paths.toString());
        assertEquals("Reyes", clients.find(ana.id()).orElseThrow().client().lastName(), "nothing was changed");
    }

    @Test
    void mergingMovesEveryConsultationFinalOnesTooAndLeavesOneClientWithATrail() throws Exception {
        StoredClient kept = clients.create(RecordsTest.client("Ana", "Reyes"));
        StoredClient gone = clients.create(RecordsTest.client("Anna", "Reyes"));
        StoredConsultation finalOfGone = finalFor(gone);
        finalFor(kept);
        changes.merge(kept.id(), gone.id());

        assertTrue(clients.find(gone.id()).isEmpty());
        assertEquals(2, consultations.forClient(kept.id()).size());
        StoredConsultation moved = consultations.find(finalOfGone.id()).orElseThrow();
        assertEquals(kept.id(), moved.clientId());
        assertEquals("Anna", moved.intake().client().firstName(), "what was recorded stays as recorded");
        assertEquals(ClientRepository.ChangeKind.MERGED, clients.changes(kept.id()).get(0).kind());
        assertTrue(clients.changes(kept.id()).get(0).detail().contains(gone.id().toString()));
        assertEquals(1, clients.search("reyes", 5).size());
    }

    @Test
    void aClientWithAFinalConsultationCannotBeDeletedButALeftoverOneCan() throws Exception {
        StoredClient seen = clients.create(RecordsTest.client("Ana", "Reyes"));
        finalFor(seen);
        assertTrue(!changes.deletable(seen.id()));
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> changes.delete(seen.id()));
        assertEquals(RecordsFailure.Kind.REFUSED, e.kind());
        assertTrue(clients.find(seen.id()).isPresent());

        StoredClient leftover = clients.create(RecordsTest.client("Aan", "Reyes"));
        var in = RecordsTest.withClient(intake().build(), leftover.client());
        StoredConsultation draft = consultations.saveDraft(StoredConsultation.newDraft(in).with(leftover.id(), in, null,
                List.of()), "x");
        assertTrue(changes.deletable(leftover.id()));
        changes.delete(leftover.id());
        assertTrue(clients.find(leftover.id()).isEmpty());
        StoredConsultation kept = consultations.find(draft.id()).orElseThrow();
        assertNull(kept.clientId(), "the draft stays, filed under no one");
        assertEquals("Aan", kept.intake().client().firstName());
        assertEquals(ClientRepository.ChangeKind.DELETED, clients.changes(leftover.id()).get(0).kind());
    }
}
