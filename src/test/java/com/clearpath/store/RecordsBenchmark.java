package com.clearpath.store;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Records benchmark on 100,000 clients and 300,000 consultations (generated once into target/bench/records.db):
 * search as you type, durable save, opening a client's history, database size per consultation.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.clearpath.store.RecordsBenchmark}.
 */
public final class RecordsBenchmark {
    static final int CLIENTS = 100_000;
    static final int CONSULTATIONS = 300_000;
    /** Scale of the run: the full 100,000 clients, or {@code --quick}'s 2,000 (a check that the suite runs). */
    private static int clientCount = CLIENTS;
    private static int consultationCount = CONSULTATIONS;
    static final String[] FIRST = {"Ana", "José", "Zoë", "María", "Nguyễn", "Li", "Fatima", "Olivia", "Liam", "Sofía",
            "Mateo", "Chloé", "Aisha", "Kenji", "Amara", "Lucas", "Emma", "Noah", "Isabel", "Hana", "Omar", "Priya",
            "Jonas", "Lea", "Diego", "Camila", "Yusuf", "Mia", "Ethan", "Zara", "Andrés", "Björn", "Søren", "Ewa"};
    static final String[] LAST = {"Reyes", "García", "Nguyễn", "Smith", "Müller", "Kowalski", "Okafor", "Tanaka",
            "Rossi", "Dubois", "Hernández", "Johnson", "Kim", "Patel", "O'Brien", "Silva", "Jensen", "Novák", "Ibrahim",
            "Chen", "López", "Martin", "Andersson", "Moreau", "Schmidt", "Costa", "Yilmaz", "Park", "Ahmed", "Brown"};

    private RecordsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        if (quick) {
            clientCount = CLIENTS / 50;
            consultationCount = CONSULTATIONS / 50;
        }
        Path file = dir.resolve(quick ? "records-quick.db" : "records.db");
        Clock clock = Clock.systemUTC();
        Random random = new Random(42);
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            generate(file, planner, random);
            System.out.printf(Locale.ROOT, "generated %,d clients and %,d consultations in %.0f s%n", clientCount,
                    consultationCount, (System.nanoTime() - t0) / 1e9);
        }
        try (Database db = Database.open(file)) {
            ClientRepository clients = new ClientRepository(db, clock);
            ConsultationRepository consultations = new ConsultationRepository(db, clock);
            for (int i = 0; i < 200; i++) {
                clients.search(LAST[i % LAST.length].substring(0, 2), 50);
            }
            // Search as you type: every keystroke of a last name, of "first last", and of a phone number.
            List<Long> search = new ArrayList<>();
            java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
            for (int i = 0; i < 400; i++) {
                String typed = switch (i % 3) {
                    case 0 -> LAST[random.nextInt(LAST.length)].toLowerCase(Locale.ROOT);
                    case 1 -> FIRST[random.nextInt(FIRST.length)].toLowerCase(Locale.ROOT) + " "
                            + LAST[random.nextInt(LAST.length)].substring(0, 3).toLowerCase(Locale.ROOT);
                    default -> "210555" + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
                };
                for (int k = 1; k <= typed.length(); k++) {
                    long s = System.nanoTime();
                    clients.search(typed.substring(0, k), 50);
                    long took = System.nanoTime() - s;
                    search.add(took);
                    slowest.put(took, typed.substring(0, k));
                    if (slowest.size() > 8) {
                        slowest.pollFirstEntry();
                    }
                }
            }
            // History: a client's consultations.
            List<UUID> someClients = new ArrayList<>();
            try (var st = db.connection().createStatement();
                 var rs = st.executeQuery("SELECT id FROM clients ORDER BY random() LIMIT 300")) {
                while (rs.next()) {
                    someClients.add(UUID.fromString(rs.getString(1)));
                }
            }
            List<Long> history = new ArrayList<>();
            for (UUID id : someClients) {
                long s = System.nanoTime();
                consultations.forClient(id);
                history.add(System.nanoTime() - s);
            }
            // Durable save (synchronous=FULL): a draft as autosave writes it.
            List<Long> saves = new ArrayList<>();
            List<UUID> saved = new ArrayList<>();
            StoredClient client = clients.find(someClients.get(0)).orElseThrow();
            for (int i = 0; i < 300; i++) {
                Intake in = intake(client.client(), random);
                StoredConsultation d = StoredConsultation.newDraft(in).with(client.id(), in, planner.plan(in), List.of());
                long s = System.nanoTime();
                consultations.saveDraft(d, "bench");
                saves.add(System.nanoTime() - s);
                saved.add(d.id());
            }
            // Taken out again, so that every run measures the same record set; discarding a draft is timed too.
            List<Long> discards = new ArrayList<>();
            for (UUID id : saved) {
                long s = System.nanoTime();
                consultations.discardDraft(id);
                discards.add(System.nanoTime() - s);
            }
            try (var st = db.connection().createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            long bytes = Files.size(file);
            int n = consultations.count();
            System.out.printf(Locale.ROOT, "records: %,d clients, %,d consultations%n", clients.count(), n);
            System.out.printf(Locale.ROOT, "  search as you type (%d keystrokes): p50 %.2f ms  p95 %.2f ms  max %.2f ms%n",
                    search.size(), ms(search, 0.5), ms(search, 0.95), ms(search, 1.0));
            System.out.println("  slowest keystrokes: " + slowest.descendingMap().entrySet().stream()
                    .map(e -> "\"" + e.getValue() + "\" " + String.format(Locale.ROOT, "%.1f ms", e.getKey() / 1e6)).toList());
            System.out.printf(Locale.ROOT, "  durable save of a draft: median %.2f ms  p95 %.2f ms%n", ms(saves, 0.5),
                    ms(saves, 0.95));
            System.out.printf(Locale.ROOT, "  open a client's history: median %.2f ms  p95 %.2f ms%n", ms(history, 0.5),
                    ms(history, 0.95));
            System.out.printf(Locale.ROOT, "  database %.1f MB, %.1f KB per consultation%n", bytes / 1e6, bytes / 1024.0 / n);
            System.out.printf(Locale.ROOT, "@ records_clients=%d%n@ records_consultations=%d%n", clients.count(), n);
            System.out.printf(Locale.ROOT, "@ search_p50_ms=%.2f%n@ search_p95_ms=%.2f%n@ search_max_ms=%.2f%n"
                    + "@ search_keystrokes=%d%n", ms(search, 0.5), ms(search, 0.95), ms(search, 1.0), search.size());
            System.out.printf(Locale.ROOT, "@ save_median_ms=%.2f%n@ save_p95_ms=%.2f%n@ save_min_ms=%.2f%n",
                    ms(saves, 0.5), ms(saves, 0.95), ms(saves, 0.0));
            System.out.printf(Locale.ROOT, "@ history_median_ms=%.2f%n", ms(history, 0.5));
            System.out.printf(Locale.ROOT, "  discard a draft: median %.2f ms  p95 %.2f ms%n", ms(discards, 0.5),
                    ms(discards, 0.95));
            System.out.printf(Locale.ROOT, "@ discard_median_ms=%.2f%n@ discard_p95_ms=%.2f%n", ms(discards, 0.5),
                    ms(discards, 0.95));
        }
    }

    static void generate(Path file, Planner planner, Random random) throws Exception {
        try (Database db = Database.open(file)) {
            ClientRepository clients = new ClientRepository(db, Clock.systemUTC());
            Instant now = Instant.now();
            List<StoredClient> made = new ArrayList<>();
            db.write(Doing.SAVE_CLIENT, c -> {
                for (int i = 0; i < clientCount; i++) {
                    Client client = new Client(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                            LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            "+1 210 555 " + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)), null);
                    UUID id = UUID.randomUUID();
                    clients.insert(c, id, client, now, now);
                    made.add(new StoredClient(id, client, now, now));
                }
                return null;
            });
            for (int batch = 0; batch < consultationCount; batch += 20_000) {
                int from = batch;
                db.write(Doing.SAVE_CONSULTATION, c -> {
                    for (int i = from; i < Math.min(from + 20_000, consultationCount); i++) {
                        StoredClient client = made.get(i % clientCount);
                        Intake in = intake(client.client(), random);
                        ConsultationRepository.insert(c, new StoredConsultation(UUID.randomUUID(), client.id(),
                                ConsultationStatus.FINAL, in, planner.plan(in), List.of(), null, now, now));
                    }
                    return null;
                });
            }
        }
    }

    static Intake intake(Client client, Random random) {
        ConcernKind[] kinds = ConcernKind.values();
        List<Concern> concerns = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            concerns.add(new Concern(kinds[random.nextInt(kinds.length)], List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT),
                    1 + random.nextInt(20), null, null));
        }
        return new Intake(Intake.FORMAT, client, LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "J. Park", concerns, 1 + random.nextInt(4), new SkinProfile(1 + random.nextInt(6), Sensitivity.NORMAL, List.of()),
                new ActiveAcne(random.nextInt(3), false), List.of(), "Smoother skin", null);
    }

    static double ms(List<Long> nanos, double q) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[(int) Math.min(a.length - 1, Math.round(q * (a.length - 1)))] / 1e6;
    }
}
