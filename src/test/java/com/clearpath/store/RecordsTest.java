package com.clearpath.store;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Screening;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients and consultations against a real SQLite file. */
class RecordsTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Database db;
    ClientRepository clients;
    ConsultationRepository consultations;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(temp.resolve("clearpath.db"));
        clients = new ClientRepository(db, CLOCK);
        consultations = new ConsultationRepository(db, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    static Client client(String first, String last) {
        return new Client(first, last, LocalDate.of(1990, 3, 4), "+1 210 555 0101", null);
    }

    StoredConsultation finalFor(StoredClient c, Intake base) throws RecordsFailure {
        Intake in = withClient(base, c.client());
        StoredConsultation d = StoredConsultation.newDraft(in).with(c.id(), in, PLANNER.plan(in), List.of());
        consultations.saveDraft(d, "J. Park");
        return consultations.finalise(d.id(), "J. Park");
    }

    static Intake withClient(Intake i, Client c) {
        return new Intake(i.format(), c, i.consultedOn(), i.practitioner(), i.concerns(), i.goodmanBaronGrade(), i.skin(),
                i.activeAcne(), i.screening(), i.goals(), i.notes());
    }

    @Test
    void unicodeNamesAndQuotesRoundTripExactly() throws Exception {
        String tricky = "O'Brien\"; DROP TABLE clients;--";
        for (Client c : List.of(client("Zoë", "Nguyễn"), client("李", "小龙"), client("Ana", tricky))) {
            StoredClient saved = clients.create(c);
            assertEquals(c.firstName(), clients.find(saved.id()).orElseThrow().client().firstName());
            assertEquals(c.lastName(), clients.find(saved.id()).orElseThrow().client().lastName());
        }
        assertEquals(3, clients.count());
        assertEquals(1, clients.search("o'brien", 10).size());
    }

    @Test
    void searchIgnoresAccentsCaseAndWordOrder() throws Exception {
        clients.create(client("José", "García"));
        clients.create(client("Zoë", "Nguyễn"));
        clients.create(client("Ana", "Reyes"));
        clients.create(new Client("Anabel", "Ríos", LocalDate.of(1985, 12, 1), "555-0199", null));
        clients.create(client("李", "娜"));
        assertEquals("José", clients.search("jose", 10).get(0).firstName());
        assertEquals("Nguyễn", clients.search("NGUYEN", 10).get(0).lastName());
        assertEquals("García", clients.search("garc", 10).get(0).lastName());
        assertEquals(2, clients.search("ana", 10).size(), "prefix of first names");
        assertEquals("Reyes", clients.search("reyes ana", 10).get(0).lastName());
        assertEquals("Reyes", clients.search("ana re", 10).get(0).lastName());
        assertEquals(1, clients.search("李", 10).size());
        assertEquals(0, clients.search("xyz", 10).size());
        assertEquals(0, clients.search("   ", 10).size());
    }

    /**
     * A word other than the rarest one is matched either by a lookup per candidate or by reading its clients into a
     * set, depending on how many more entries it has (see ClientRepository.byWords). Both ways give the same clients,
     * in name order: here with 5 other Anas ("ana" read as a set) and with 40 ("ana" looked up per candidate).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {5, 40})
    void otherWordsMatchTheSameClientsWhetherLookedUpOrReadAsASet(int otherAnas) throws Exception {
        for (int k = 0; k < otherAnas; k++) {
            clients.create(client("Ana", "Smith" + (char) ('a' + k % 26) + k));
        }
        clients.create(client("Ana", "Reyes"));
        clients.create(client("Bob", "Reyes"));
        clients.create(client("Ana", "Reynolds"));
        // "re" drives (Reyes twice, Reynolds); "ana" has the other Anas and two more.
        assertEquals(otherAnas == 5, ClientRepository.readAsSet(otherAnas + 2, 3, ClientRepository.HITS),
                "this case takes the intended way");
        for (String q : List.of("ana re", "re ana", "reyes ana", "ANA REY")) {
            List<String> found = clients.search(q, 50).stream().map(m -> m.firstName() + " " + m.lastName()).toList();
            List<String> expected = q.contains("reyes") ? List.of("Ana Reyes") : List.of("Ana Reyes", "Ana Reynolds");
            assertEquals(expected, found, q);
        }
        assertEquals(List.of("Bob Reyes"), clients.search("re bo", 50).stream().map(m -> m.firstName() + " "
                + m.lastName()).toList());
    }

    @Test
    void readingAnotherWordAsASetOnlyWhenItsCountIsKnownAndNotManyTimesTheDrivers() {
        assertTrue(ClientRepository.readAsSet(12, 3, ClientRepository.HITS));
        assertTrue(ClientRepository.readAsSet(30, 3, ClientRepository.HITS));
        assertFalse(ClientRepository.readAsSet(31, 3, ClientRepository.HITS));
        assertTrue(ClientRepository.readAsSet(6_214, 3_003, ClientRepository.WIDE_HITS), "amara y");
        assertFalse(ClientRepository.readAsSet(ClientRepository.WIDE_HITS, 3_003, ClientRepository.WIDE_HITS),
                "a count that reached the cap is not known");
        assertTrue(ClientRepository.readAsSet(5, 0, ClientRepository.HITS), "no driver entries at all");
    }

    @Test
    void searchFindsBirthDatesAndPhoneNumbers() throws Exception {
        clients.create(new Client("Ana", "Reyes", LocalDate.of(1996, 4, 12), "+1 (210) 555-0101", null));
        clients.create(new Client("Bo", "Li", LocalDate.of(1980, 1, 2), "020 7946 0018", null));
        assertEquals("Reyes", clients.search("1996-04-12", 10).get(0).lastName());
        assertEquals("Reyes", clients.search("4/12/1996", 10).get(0).lastName());
        assertEquals("Reyes", clients.search("210 555", 10).get(0).lastName());
        assertEquals("Reyes", clients.search("5550101", 10).get(0).lastName());
        assertEquals("Reyes", clients.search("0101", 10).get(0).lastName());
        assertEquals("Li", clients.search("0207946", 10).get(0).lastName());
        assertTrue(clients.search("999", 10).isEmpty());
    }

    @Test
    void updatingAClientUpdatesWhatSearchFinds() throws Exception {
        StoredClient c = clients.create(client("Ana", "Reyes"));
        clients.update(c.id(), client("Ana", "Moreno"));
        assertTrue(clients.search("reyes", 10).isEmpty());
        assertEquals(c.id(), clients.search("moreno", 10).get(0).id());
    }

    @Test
    void sameNameAndBirthDateIsFlaggedAsADuplicate() throws Exception {
        clients.create(client("José", "García"));
        assertEquals(1, clients.duplicatesOf(client("jose", "GARCIA")).size());
        assertTrue(clients.duplicatesOf(new Client("José", "García", LocalDate.of(1991, 3, 4), null, null)).isEmpty());
    }

    @Test
    void aDraftIsSavedAndUpdatedEvenWhenIncomplete() throws Exception {
        Intake partial = new Intake(Intake.FORMAT, null, null, null, List.of(), null, null, null, List.of(), "smoother", null);
        StoredConsultation draft = consultations.saveDraft(StoredConsultation.newDraft(partial), "J. Park");
        assertEquals("smoother", consultations.find(draft.id()).orElseThrow().intake().goals());
        assertEquals(1, consultations.drafts().size());
        Intake more = intake().concern(ConcernKind.ROLLING).build();
        consultations.saveDraft(draft.with(null, more, null, List.of()), "J. Park");
        StoredConsultation back = consultations.find(draft.id()).orElseThrow();
        assertEquals(more.concerns(), back.intake().concerns());
        assertEquals(draft.createdAt(), back.createdAt());
    }

    @Test
    void aFinalConsultationIsReadOnlyAndACorrectionIsLinkedToIt() throws Exception {
        StoredClient ana = clients.create(client("Ana", "Reyes"));
        StoredConsultation k = finalFor(ana, intake().concern(ConcernKind.ROLLING).build());
        assertEquals(ConsultationStatus.FINAL, k.status());
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> consultations.saveDraft(
                new StoredConsultation(k.id(), k.clientId(), ConsultationStatus.DRAFT, k.intake(), k.plan(), List.of(),
                        null, null, null), "x"));
        assertEquals(RecordsFailure.Kind.REFUSED, e.kind());
        assertThrows(java.sql.SQLException.class, () -> {
            try (Statement s = db.connection().createStatement()) {
                s.executeUpdate("UPDATE consultations SET practitioner = 'someone else'");
            }
        }, "the database itself refuses to change a final consultation");
        StoredConsultation fix = consultations.startCorrection(k.id(), "J. Park");
        assertEquals(k.id(), fix.correctsId());
        assertEquals(ConsultationStatus.DRAFT, fix.status());
        assertEquals(List.of(ConsultationEvent.Kind.CREATED, ConsultationEvent.Kind.FINALISED,
                ConsultationEvent.Kind.CORRECTED), consultations.events(k.id()).stream().map(ConsultationEvent::kind).toList());
    }

    @Test
    void aDraftWithoutAPlanCannotBeFinal() throws Exception {
        StoredConsultation d = consultations.saveDraft(StoredConsultation.newDraft(intake().concern(ConcernKind.PIH).build()), "x");
        assertEquals(RecordsFailure.Kind.FAILED, assertThrows(RecordsFailure.class, () -> consultations.finalise(d.id(), "x")).kind());
    }

    @Test
    void aFollowUpCopiesTheFindingsButAsksTheScreeningAgain() throws Exception {
        StoredClient ana = clients.create(client("Ana", "Reyes"));
        finalFor(ana, intake().concern(ConcernKind.ROLLING).iga(2).screened(Screening.ISOTRETINOIN_RECENT).grade(3).build());
        StoredConsultation next = consultations.startFollowUp(ana.id(), LocalDate.of(2027, 1, 10), "J. Park");
        assertEquals(ConcernKind.ROLLING, next.intake().concerns().get(0).kind());
        assertNull(next.intake().goodmanBaronGrade(), "graded again");
        assertTrue(next.intake().screening().isEmpty());
        assertNull(next.intake().activeAcne());
        assertEquals(LocalDate.of(2027, 1, 10), next.intake().consultedOn());
        assertEquals(2, consultations.forClient(ana.id()).size());
    }

    @Test
    void historyListsNewestFirstWithConcernsAndTopRecommendation() throws Exception {
        StoredClient ana = clients.create(client("Ana", "Reyes"));
        finalFor(ana, intake().concern(ConcernKind.ROLLING).grade(3).build());
        var list = consultations.forClient(ana.id());
        assertEquals("ROLLING", list.get(0).mainConcerns());
        assertEquals("SUBCISION", list.get(0).topRecommendation());
        assertEquals(3, list.get(0).goodmanGrade());
        assertEquals("Ana Reyes", list.get(0).clientName());
        assertEquals(1, clients.search("ana", 5).get(0).consultations());
    }

    @Test
    void overridesAreKeptWithTheirReasons() throws Exception {
        StoredClient ana = clients.create(client("Ana", "Reyes"));
        Intake in = withClient(intake().concern(ConcernKind.ROLLING).build(), ana.client());
        List<PlanOverride> overrides = List.of(new PlanOverride(Treatment.DERMAL_FILLER, PlanOverride.Action.DECLINED,
                "Client prefers no injectables", "J. Park", Instant.parse("2026-11-22T10:01:00Z")));
        StoredConsultation d = StoredConsultation.newDraft(in).with(ana.id(), in, PLANNER.plan(in), overrides);
        consultations.saveDraft(d, "J. Park");
        assertEquals(overrides, consultations.find(d.id()).orElseThrow().overrides());
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenExportGivesTheSameConsultations() throws Exception {
        StoredClient ana = clients.create(client("Zoë", "Nguyễn"));
        finalFor(ana, intake().concern(ConcernKind.ROLLING).build());
        finalFor(ana, intake().concern(ConcernKind.PIH).fitzpatrick(5).build());
        finalFor(clients.create(client("李", "娜")), intake().concern(ConcernKind.KELOID).build());
        byte[] first = export(consultations);

        try (Database other = Database.open(temp.resolve("other.db"))) {
            ConsultationRepository target = new ConsultationRepository(other, CLOCK);
            var read = com.clearpath.exchange.ExportJson.read(first, LocalDate.of(2026, 11, 22), CLOCK.instant());
            assertTrue(read.valid(), read.problems().toString());
            var result = target.importAll(read.entries(), PLANNER::plan, "import");
            assertEquals(3, result.added());
            assertEquals(2, result.clientsCreated(), "one client's visits stay together");
            assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
                    new String(export(target), java.nio.charset.StandardCharsets.UTF_8));
            var again = target.importAll(read.entries(), PLANNER::plan, "import");
            assertEquals(0, again.added());
            assertEquals(3, again.alreadyPresent());
        }
    }

    @Test
    void anImportWithOneBadIntakeImportsNothingAndNamesEveryProblem() throws Exception {
        String file = """
                {"format": "clearpath.export/1", "consultations": [
                  {"id": "%s", "intake": %s},
                  {"id": "not-a-uuid", "intake": {"format": "clearpath.intake/1"}},
                  {"id": "%s", "status": "DONE", "intake": %s}
                ]}""".formatted(UUID.randomUUID(), intakeJson(), UUID.randomUUID(), intakeJson().replace("ROLLING", "BOXCAR"));
        var read = com.clearpath.exchange.ExportJson.read(file.getBytes(), LocalDate.of(2026, 11, 22), CLOCK.instant());
        assertFalse(read.valid());
        List<String> paths = read.problems().stream().map(com.clearpath.domain.Problem::path).toList();
        assertTrue(paths.contains("consultations[1].id"), paths.toString());
        assertTrue(paths.contains("consultations[1].intake.client"), paths.toString());
        assertTrue(paths.contains("consultations[2].status"), paths.toString());
        assertTrue(paths.contains("consultations[2].intake.concerns[0].kind"), paths.toString());
        assertTrue(read.entries().isEmpty());
        assertEquals(0, consultations.count());
    }

    @Test
    void aMissingPlanIsMadeByTheEngineOnImport() throws Exception {
        String file = "{\"format\": \"clearpath.export/1\", \"consultations\": [{\"id\": \"" + UUID.randomUUID()
                + "\", \"intake\": " + intakeJson() + "}]}";
        var read = com.clearpath.exchange.ExportJson.read(file.getBytes(), LocalDate.of(2026, 11, 22), CLOCK.instant());
        consultations.importAll(read.entries(), PLANNER::plan, "import");
        var k = consultations.recent(1).get(0);
        assertEquals(ConsultationStatus.FINAL, k.status());
        assertEquals("SUBCISION", k.topRecommendation());
    }

    @Test
    void aSingleIntakeFileImportsOnce() throws Exception {
        var read = com.clearpath.exchange.ExportJson.read(intakeJson().getBytes(), LocalDate.of(2026, 11, 22), CLOCK.instant());
        assertEquals(1, consultations.importAll(read.entries(), PLANNER::plan, "x").added());
        var again = com.clearpath.exchange.ExportJson.read(intakeJson().getBytes(), LocalDate.of(2026, 11, 22), CLOCK.instant());
        assertEquals(0, consultations.importAll(again.entries(), PLANNER::plan, "x").added());
    }

    static String intakeJson() {
        return """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "José", "lastName": "García", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "ROLLING", "zones": ["CHEEK_LEFT"]}],
                 "skin": {"fitzpatrick": 3, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}""";
    }

    static byte[] export(ConsultationRepository repo) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var w = new com.clearpath.exchange.ExportJson.Writer(out, Instant.parse("2026-11-22T12:00:00Z"))) {
            repo.export(w, "test");
        }
        return out.toByteArray();
    }

    @Test
    void everyWriteFindsItsRowsThroughAnIndex() throws Exception {
        // Deleting a consultation checks corrects_id's foreign key; any "SCAN" here reads the whole table per draft.
        String[] writes = {
            "DELETE FROM consultations WHERE id = 'x' AND status = 'DRAFT'",
            "DELETE FROM consultation_events WHERE consultation_id = 'x'",
            "DELETE FROM clients WHERE id = 'x'",
        };
        try (Statement s = db.connection().createStatement()) {
            for (String write : writes) {
                StringBuilder plan = new StringBuilder();
                try (var rs = s.executeQuery("EXPLAIN QUERY PLAN " + write)) {
                    while (rs.next()) {
                        plan.append(rs.getString("detail")).append('\n');
                    }
                }
                assertFalse(plan.toString().contains("SCAN"), write + " scans a table:\n" + plan);
            }
        }
    }

    @Test
    void migratingFromVersionOneKeepsTheOldData() throws Exception {
        Path old = temp.resolve("v1.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            String v1 = new String(Database.class.getResourceAsStream("migrations/001-metadata.sql").readAllBytes());
            for (String sql : Database.splitStatements(v1)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO metadata (key, value) VALUES ('clinic', 'Old Town Skin')");
            s.execute("PRAGMA user_version = 1");
        }
        try (Database migrated = Database.open(old)) {
            assertEquals(Database.latestVersion(), migrated.schemaVersion());
            try (Statement s = migrated.connection().createStatement();
                 var rs = s.executeQuery("SELECT value FROM metadata WHERE key = 'clinic'")) {
                assertEquals("Old Town Skin", rs.getString(1));
            }
            new ClientRepository(migrated, CLOCK).create(client("Ana", "Reyes"));
        }
    }

    @Test
    void triggerBodiesStayOneStatement() {
        List<String> statements = Database.splitStatements("""
                CREATE TABLE t (a INT);
                CREATE TRIGGER x BEFORE UPDATE ON t
                BEGIN
                    SELECT RAISE(ABORT, 'no');
                END;
                CREATE INDEX i ON t (a);
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).endsWith("END;"));
    }

    @Test
    void aFullDiskIsReportedAndNothingHalfWritten() throws Exception {
        clients.create(client("Ana", "Reyes"));
        try (Statement s = db.connection().createStatement()) {
            var rs = s.executeQuery("PRAGMA page_count");
            int pages = rs.getInt(1);
            rs.close();
            s.execute("PRAGMA max_page_count = " + pages);
        }
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> {
            for (int i = 0; i < 500; i++) {
                clients.create(new Client("Long name " + "x".repeat(90), "Client " + i, LocalDate.of(1990, 1, 1), null, null));
            }
        });
        assertEquals(RecordsFailure.Kind.NOT_WRITABLE, e.kind(), e.getMessage());
        assertEquals(RecordsFailure.Code.NOT_WRITABLE, e.code(), "said as a full disk, where nothing entered is lost");
        try (Statement s = db.connection().createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", rs.getString(1));
        }
    }

    @Test
    void aDatabaseHeldByAnotherCopyIsReportedAsLocked() throws Exception {
        Path file = temp.resolve("shared.db");
        try (Database mine = Database.open(file, 300); Database theirs = Database.open(file, 300)) {
            theirs.connection().setAutoCommit(false);
            try (Statement s = theirs.connection().createStatement()) {
                s.execute("INSERT INTO metadata (key, value) VALUES ('holding', 'the write lock')");
            }
            long t0 = System.nanoTime();
            RecordsFailure e = assertThrows(RecordsFailure.class,
                    () -> new ClientRepository(mine, CLOCK).create(client("Ana", "Reyes")));
            assertEquals(RecordsFailure.Kind.LOCKED, e.kind(), e.getMessage());
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 250, "it waited before giving up");
            theirs.connection().rollback();
            new ClientRepository(mine, CLOCK).create(client("Ana", "Reyes"));
        }
    }

    @Test
    void theWalAndSharedMemoryFilesAreOwnerOnly() throws Exception {
        clients.create(client("Ana", "Reyes"));
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = temp.resolve("clearpath.db" + suffix);
            assertTrue(Files.exists(side), suffix);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(side)));
        }
    }
}
