package com.clearpath.bench;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.ExportJson;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.Database;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Import of a large export file (20,000 consultations, each with its plan, as the app exports them), checked and
 * imported the way the command line does it: in the JVM's heap limit given by the caller (the suite runs it with
 * {@code -Xmx256m}). Prints the time and the heap's peak.
 *
 * <p>Run: {@code java -Xmx256m -cp … com.clearpath.bench.ImportBenchmark [COUNT] [DIR]}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Path.of("target", "bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("import-" + count + ".json");
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        Clock clock = Clock.systemUTC();
        if (!Files.exists(file)) {
            write(file, count, planner, clock.instant());
        }
        Path db = dir.resolve("import-" + count + ".db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        LocalDate today = LocalDate.now();
        long t0 = System.nanoTime();
        ExportJson.Checked checked;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            checked = ExportJson.read(in, today, clock.instant(), e -> { });
        }
        if (!checked.valid()) {
            throw new IllegalStateException("the generated file has problems: " + checked.problems());
        }
        long t1 = System.nanoTime();
        ConsultationRepository.ImportResult r;
        try (Database database = Database.open(db)) {
            r = new ConsultationRepository(database, clock).importFile(() -> Files.newInputStream(file), today,
                    planner::plan, "benchmark");
        }
        long t2 = System.nanoTime();
        if (r.added() != count) {
            throw new IllegalStateException("imported " + r.added() + " of " + count);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "@ import_consultations=%d%n", count);
        System.out.printf(Locale.ROOT, "@ import_file_mb=%.0f%n", Files.size(file) / 1048576.0);
        System.out.printf(Locale.ROOT, "@ import_check_s=%.1f%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "@ import_s=%.1f%n", (t2 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "@ import_heap_peak_mb=%.0f%n", peak / 1048576.0);
        System.out.printf(Locale.ROOT, "@ import_heap_max_mb=%.0f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** An export like the app's own: varied clients, several concerns, the plan the engine made. */
    static void write(Path file, int count, Planner planner, Instant now) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        ConcernKind[] kinds = ConcernKind.values();
        Zone[] zones = Zone.values();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             ExportJson.Writer w = new ExportJson.Writer(out, now)) {
            for (int i = 0; i < count; i++) {
                Client client = new Client("Client" + (i % 5000), "Nguyễn-" + (i / 5000),
                        LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28), "+1 210 555 " + (1000 + i % 9000), null);
                List<Concern> concerns = List.of(
                        new Concern(ConcernKind.ROLLING, List.of(zones[i % 5], zones[5 + i % 5]), 8, true, null),
                        new Concern(kinds[1 + i % 3], List.of(zones[i % 13]), 5, null, null),
                        new Concern(ConcernKind.PIH, List.of(Zone.FOREHEAD), null, null, null));
                Intake intake = new Intake(Intake.FORMAT, client, LocalDate.of(2026, 1 + i % 10, 1 + i % 28), "J. Park",
                        concerns, 1 + i % 4, new SkinProfile(1 + i % 6, Sensitivity.values()[i % 3], List.of()),
                        new ActiveAcne(i % 3, false), i % 7 == 0 ? List.of(Screening.COLD_SORE_HISTORY) : List.of(),
                        "Smoother cheeks before a wedding in June", "Notes for visit " + i);
                w.write(new ExportJson.Entry(UUID.nameUUIDFromBytes(("import-" + i).getBytes()), ConsultationStatus.FINAL,
                        intake, planner.plan(intake), List.of(), null, now, now));
            }
        }
        Files.move(tmp, file);
    }
}
