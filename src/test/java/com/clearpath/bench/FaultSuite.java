package com.clearpath.bench;

import com.clearpath.domain.Problem;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.words.ProblemWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fault suite of {@code bench/faults}: kills, damaged and locked databases, two instances, a full disk and fuzzed
 * intakes, each against the real app (its command line in child JVMs, or the wizard in a child JVM under Monocle),
 * printing one table of trials, failures and records lost. Exit status 1 when any trial failed.
 *
 * <p>{@code --quick} runs fewer trials of each kind (for CI); the full run is the issue's count.
 */
public final class FaultSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception:|Caused by:");
    private static final String[] KINDS = {"ICE_PICK", "BOXCAR_SHALLOW", "BOXCAR_DEEP", "ROLLING", "PIH", "PIE",
            "HYPERTROPHIC", "KELOID"};
    private static final String[] ZONES = {"FOREHEAD", "CHEEK_LEFT", "CHEEK_RIGHT", "NOSE", "CHIN", "PERIORAL",
            "JAWLINE_LEFT", "TEMPLE_RIGHT"};

    private final Path work;
    private final boolean quick;
    private final Path fullDisk;
    private final Random random = new Random(20261203);
    private final List<Row> rows = new ArrayList<>();

    /** One kind of fault: how many times it was tried, how many trials went wrong, how many kept records were lost. */
    record Row(String kind, int trials, int failures, int lost, String notes) {
    }

    private FaultSuite(Path work, boolean quick, Path fullDisk) {
        this.work = work;
        this.quick = quick;
        this.fullDisk = fullDisk;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path fullDisk = null;
        String only = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--full-disk")) {
                fullDisk = Path.of(args[i + 1]);
            } else if (args[i].equals("--only")) {
                only = args[i + 1];
            }
        }
        Path work = Path.of("target", "faults");
        deleteTree(work);
        Files.createDirectories(work);
        FaultSuite suite = new FaultSuite(work, quick, fullDisk);
        suite.run(only);
        String table = suite.table();
        System.out.println(table);
        Files.writeString(work.resolve("results.md"), table);
        System.exit(suite.rows.stream().anyMatch(r -> r.failures > 0 || r.lost > 0) ? 1 : 0);
    }

    private void run(String only) throws Exception {
        if (only == null || only.equals("import")) {
            importKills(quick ? 8 : 50);
        }
        if (only == null || only.equals("autosave")) {
            autosaveKills(quick ? 2 : 10);
        }
        if (only == null || only.equals("damaged")) {
            damagedDatabases();
        }
        if (only == null || only.equals("instances")) {
            twoInstances(quick ? 1 : 3);
        }
        if (only == null || only.equals("disk")) {
            diskFull();
        }
        if (only == null || only.equals("fuzz")) {
            fuzzedIntakes(quick ? 300 : 3000);
        }
    }

    private String table() {
        StringBuilder out = new StringBuilder("| fault | trials | failures | records lost | notes |\n|---|---:|---:|---:|---|\n");
        int trials = 0;
        int failures = 0;
        int lost = 0;
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", r.kind, r.trials, r.failures, r.lost,
                    r.notes));
            trials += r.trials;
            failures += r.failures;
            lost += r.lost;
        }
        out.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | |%n", trials, failures, lost));
        out.append(String.format(Locale.ROOT, "%d passed, %d failed%n", trials - failures, failures));
        return out.toString();
    }

    // ---------- 1. kill -9 during import ----------

    /**
     * A data folder with 100 final consultations imports a file of 1,500 more and is killed at a random moment: the
     * database must pass {@code integrity_check}, hold the first 100, and hold either none or all of the 1,500; the
     * same import run again afterwards completes.
     */
    private void importKills(int trials) throws Exception {
        Path seedFile = work.resolve("seed-export.json");
        Path bigFile = work.resolve("big-export.json");
        List<UUID> seedIds = writeExport(seedFile, 100);
        List<UUID> bigIds = writeExport(bigFile, 1500);
        Path seedFolder = work.resolve("import-seed");
        Result seeded = cli(seedFolder, 120, "import", seedFile.toString());
        if (seeded.status != 0) {
            throw new IllegalStateException("seeding failed: " + seeded.stderr);
        }
        long started = System.nanoTime();
        Path timing = work.resolve("import-timing");
        copyTree(seedFolder, timing);
        Result full = cli(timing, 300, "import", bigFile.toString());
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        if (full.status != 0) {
            throw new IllegalStateException("the import to kill does not run: " + full.stderr);
        }
        int failures = 0;
        int lost = 0;
        int whole = 0;
        int none = 0;
        for (int t = 0; t < trials; t++) {
            Path folder = work.resolve("import-kill-" + t);
            copyTree(seedFolder, folder);
            Process p = cliProcess(folder, "import", bigFile.toString()).start();
            Thread.sleep(150 + random.nextInt((int) Math.max(200, fullMillis)));
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
            Path db = folder.resolve("clearpath.db");
            try {
                Set<UUID> present = consultationIds(db);
                int seedMissing = (int) seedIds.stream().filter(id -> !present.contains(id)).count();
                long bigPresent = bigIds.stream().filter(present::contains).count();
                boolean allOrNothing = bigPresent == 0 || bigPresent == bigIds.size();
                lost += seedMissing;
                if (bigPresent == 0) {
                    none++;
                } else if (bigPresent == bigIds.size()) {
                    whole++;
                }
                Result again = cli(folder, 300, "import", bigFile.toString());
                boolean recovered = again.status == 0 && consultationIds(db).containsAll(bigIds);
                if (!integrityOk(db) || seedMissing > 0 || !allOrNothing || !recovered) {
                    failures++;
                    System.err.printf("import kill %d: integrity %s, seed missing %d, imported %d of %d, rerun %d %s%n",
                            t, integrityOk(db), seedMissing, bigPresent, bigIds.size(), again.status, again.stderr);
                }
            } catch (SQLException e) {
                failures++;
                System.err.println("import kill " + t + ": database unreadable after the kill: " + e.getMessage());
            }
            deleteTree(folder);
        }
        rows.add(new Row("kill -9 during import (100 kept + 1,500 importing)", trials, failures, lost,
                String.format(Locale.ROOT, "import alone %d ms; killed before commit %d, after %d", fullMillis, none,
                        whole)));
    }

    // ---------- 2. kill -9 during the wizard's autosave ----------

    /**
     * The real app in a child JVM (Monocle): a practitioner types the goals of a new consultation, one letter every
     * 40 ms, and the process is killed at a random moment. What was typed more than 2.5 s before the kill must be in
     * the saved draft (the autosave is at most about a second behind), and the database must be intact.
     */
    private void autosaveKills(int trials) throws Exception {
        int failures = 0;
        int lost = 0;
        long worstLagMs = 0;
        for (int t = 0; t < trials; t++) {
            Path folder = work.resolve("autosave-" + t);
            Files.createDirectories(folder);
            ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx512m", "-Djava.awt.headless=true",
                    "-Dtestfx.headless=true", "-Dtestfx.robot=glass", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-cp", System.getProperty("java.class.path"), "com.clearpath.ui.AutosaveTypist", folder.toString())
                    .redirectError(work.resolve("autosave-" + t + ".err").toFile());
            Process p = pb.start();
            List<long[]> typed = new ArrayList<>();
            boolean[] typing = {false};
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        String[] parts = line.strip().split(" ");
                        if (parts.length == 3 && parts[0].equals("typed")) {
                            synchronized (typed) {
                                typed.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                                typing[0] = true;
                            }
                        }
                    }
                } catch (IOException | NumberFormatException e) {
                    // killed mid-line: what was printed whole counts
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 90_000;
            while (System.currentTimeMillis() < deadline && p.isAlive()) {
                synchronized (typed) {
                    if (typing[0]) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
            if (!p.isAlive()) {
                failures++;
                System.err.println("autosave " + t + ": the app ended before typing; see " + work.resolve("autosave-" + t + ".err"));
                continue;
            }
            Thread.sleep(2_000 + random.nextInt(4_000));
            long killedAt = System.currentTimeMillis();
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
            reader.join(5_000);
            Path db = folder.resolve("clearpath.db");
            int savedLength;
            try {
                savedLength = savedGoalsLength(db);
            } catch (SQLException e) {
                failures++;
                System.err.println("autosave " + t + ": database unreadable after the kill: " + e.getMessage());
                continue;
            }
            int mustHave = 0;
            long lagAtSaved = 0;
            synchronized (typed) {
                for (long[] entry : typed) {
                    if (entry[1] <= killedAt - 2_500) {
                        mustHave = (int) entry[0];
                    }
                    if (entry[0] == savedLength + 1L) {
                        lagAtSaved = killedAt - entry[1];
                    }
                }
            }
            worstLagMs = Math.max(worstLagMs, lagAtSaved);
            boolean intact = integrityOk(db);
            if (!intact || savedLength < mustHave) {
                failures++;
                lost += Math.max(0, mustHave - savedLength);
                System.err.printf("autosave %d: intact %s, saved %d letters, typed %d before the window%n", t, intact,
                        savedLength, mustHave);
            }
            deleteTree(folder);
        }
        rows.add(new Row("kill -9 while the wizard autosaves", trials, failures, lost,
                "letters lost counted as records; oldest unsaved letter at the kill: " + worstLagMs + " ms"));
    }

    // ---------- 3. damaged, locked and read-only databases ----------

    /** The database damaged one way, then export and import tried on it. */
    private interface Damage {
        void apply(Path folder) throws Exception;
    }

    /**
     * Nine ways a database can be unusable. Each: every command ends with status 1 or 2 and a short message with no
     * stack trace (or, for a harmless fault, works), and the file is never deleted: kept as it was or moved aside.
     */
    private void damagedDatabases() throws Exception {
        Path seedFile = work.resolve("damage-seed.json");
        List<UUID> ids = writeExport(seedFile, 200);
        Path good = work.resolve("damage-good");
        Result seeded = cli(good, 120, "import", seedFile.toString());
        if (seeded.status != 0) {
            throw new IllegalStateException("seeding failed: " + seeded.stderr);
        }
        Path small = work.resolve("damage-small.json");
        writeExport(small, 3);
        Map<String, Damage> kinds = new LinkedHashMap<>();
        kinds.put("truncated to half", f -> truncate(f.resolve("clearpath.db"), 0.5));
        kinds.put("header zeroed", f -> overwrite(f.resolve("clearpath.db"), 0, new byte[100]));
        kinds.put("a page in the middle overwritten", f -> {
            Path db = f.resolve("clearpath.db");
            long pages = Files.size(db) / 4096;
            byte[] junk = new byte[4096 * 3];
            new Random(7).nextBytes(junk);
            overwrite(db, (pages / 2) * 4096, junk);
        });
        kinds.put("not a database (text)", f -> Files.writeString(f.resolve("clearpath.db"), "hello, this is not SQLite\n"));
        kinds.put("a folder in place of the file", f -> {
            Files.delete(f.resolve("clearpath.db"));
            Files.createDirectories(f.resolve("clearpath.db").resolve("inside"));
        });
        kinds.put("garbage write-ahead log", f -> {
            byte[] junk = new byte[64 * 1024];
            new Random(9).nextBytes(junk);
            Files.write(f.resolve("clearpath.db-wal"), junk);
        });
        kinds.put("another program's SQLite file", f -> {
            Path db = f.resolve("clearpath.db");
            Files.delete(db);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement s = c.createStatement()) {
                s.execute("create table notes (id integer primary key, text text)");
                s.execute("insert into notes (text) values ('keep me')");
            }
        });
        kinds.put("a newer schema than the app", f -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.resolve("clearpath.db"));
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = 999");
            }
        });
        kinds.put("locked by another process", f -> {
        });
        kinds.put("read-only (file and folder)", f -> {
        });
        int trials = 0;
        int failures = 0;
        int lost = 0;
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, Damage> kind : kinds.entrySet()) {
            Path folder = work.resolve("damaged-" + trials);
            copyTree(good, folder);
            kind.getValue().apply(folder);
            Path db = folder.resolve("clearpath.db");
            byte[] before = Files.isRegularFile(db) ? Files.readAllBytes(db) : null;
            boolean harmless = kind.getKey().equals("garbage write-ahead log");
            boolean readOnly = kind.getKey().startsWith("read-only");
            boolean locked = kind.getKey().startsWith("locked");
            Process holder = null;
            List<Result> results = new ArrayList<>();
            try {
                if (locked) {
                    holder = holdExclusiveLock(db);
                }
                if (readOnly) {
                    results.add(readOnlyRun(folder, small));
                } else {
                    results.add(cli(folder, 120, "export", "-o", folder.resolveSibling(folder.getFileName() + "-out.json").toString()));
                    results.add(cli(folder, 120, "import", small.toString()));
                }
            } finally {
                if (holder != null) {
                    holder.destroyForcibly();
                    holder.waitFor(10, TimeUnit.SECONDS);
                }
            }
            trials++;
            boolean ok = true;
            StringBuilder why = new StringBuilder();
            for (Result r : results) {
                if (r.status == -1) {
                    ok = false;
                    why.append(" hung;");
                } else if (STACK_LINE.matcher(r.stderr).find()) {
                    ok = false;
                    why.append(" stack trace on stderr;");
                } else if (harmless ? r.status != 0 : (r.status == 0 && !locked)) {
                    ok = false;
                    why.append(" exit ").append(r.status).append(";");
                } else if (r.stderr.lines().count() > 3) {
                    ok = false;
                    why.append(" ").append(r.stderr.lines().count()).append(" lines on stderr;");
                }
            }
            // Kept means: the bytes are still there, in place or moved aside beside it.
            if (before != null && !keptSomewhere(folder, before, harmless || locked || readOnly)) {
                ok = false;
                why.append(" the damaged file is gone;");
                lost++;
            }
            if (harmless || locked || readOnly) {
                try {
                    Set<UUID> present = consultationIds(db);
                    int missing = (int) ids.stream().filter(id -> !present.contains(id)).count();
                    if (missing > 0) {
                        ok = false;
                        lost += missing;
                        why.append(" ").append(missing).append(" consultations missing;");
                    }
                } catch (SQLException e) {
                    ok = false;
                    why.append(" unreadable after: ").append(e.getMessage()).append(";");
                }
            }
            if (!ok) {
                failures++;
                notes.add(kind.getKey() + ":" + why);
                System.err.println("damaged database, " + kind.getKey() + ":" + why + " stderr: "
                        + results.stream().map(r -> r.stderr.strip()).toList());
            }
            makeWritable(folder);
            deleteTree(folder);
        }
        rows.add(new Row("damaged, locked, read-only databases (" + kinds.size() + " kinds × export and import)",
                trials, failures, lost, notes.isEmpty() ? "each refused in one line, file kept" : String.join("; ", notes)));
    }

    /** Runs export and import on a folder mounted read-only (root), or made read-only by permissions otherwise. */
    private Result readOnlyRun(Path folder, Path small) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path mount = folder.resolveSibling(folder.getFileName() + "-ro");
        if (root) {
            Files.createDirectories(mount);
            exec("mount", "--bind", folder.toString(), mount.toString());
            exec("mount", "-o", "remount,bind,ro", mount.toString());
        } else {
            folder.resolve("clearpath.db").toFile().setWritable(false);
            folder.toFile().setWritable(false);
            mount = folder;
        }
        try {
            Result export = cli(mount, 120, "export", "-o", folder.resolveSibling(folder.getFileName() + "-out.json").toString());
            Result imported = cli(mount, 120, "import", small.toString());
            // Export only reads, so it works on a read-only database; import must refuse in a line.
            if (export.status != 0) {
                return export;
            }
            return imported;
        } finally {
            if (root) {
                exec("umount", mount.toString());
                Files.deleteIfExists(mount);
            }
        }
    }

    // ---------- 4. two instances ----------

    /**
     * The app started twice on one data folder (both under Monocle): the second must not open the records too. It ends
     * by itself within 30 s, having said which process holds the folder, while the first keeps running.
     */
    private void twoInstances(int trials) throws Exception {
        int failures = 0;
        for (int t = 0; t < trials; t++) {
            Path folder = work.resolve("two-" + t);
            Files.createDirectories(folder);
            Process first = appProcess(folder, work.resolve("two-" + t + "-first.log")).start();
            boolean ready = waitFor(() -> Files.exists(folder.resolve("clearpath.db")), 60_000);
            Thread.sleep(1_500);
            Process second = appProcess(folder, work.resolve("two-" + t + "-second.log")).start();
            boolean secondEnded = second.waitFor(30, TimeUnit.SECONDS);
            // The second says who holds the folder in the app's log (its window came forward, so no dialog is left).
            String said = Files.readString(work.resolve("two-" + t + "-second.log")) + appLog(folder);
            boolean named = said.contains("in use by process " + first.pid());
            boolean firstAlive = first.isAlive();
            second.destroyForcibly();
            first.destroyForcibly();
            first.waitFor(10, TimeUnit.SECONDS);
            if (!ready || !secondEnded || !named || !firstAlive) {
                failures++;
                System.err.printf("two instances %d: first ready %s alive %s, second ended %s, named the holder %s%n",
                        t, ready, firstAlive, secondEnded, named);
            }
            deleteTree(folder);
        }
        rows.add(new Row("two app instances on one data folder", trials, failures, 0,
                "the second ends, naming the first"));
    }

    private static String appLog(Path folder) throws IOException {
        Path log = folder.resolve("logs").resolve("clearpath.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private ProcessBuilder appProcess(Path folder, Path log) {
        return new ProcessBuilder(java(), "-Xmx512m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "com.clearpath.Launcher", "--data-dir", folder.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
    }

    // ---------- 5. disk full ----------

    /**
     * The data folder on a small file system that fills up: an import that does not fit and an export to the full
     * disk end with one line each, the kept consultations all stay, the database passes its check, and no partial
     * export file is left.
     */
    private void diskFull() throws Exception {
        if (fullDisk == null) {
            rows.add(new Row("disk full (small tmpfs)", 0, 0, 0, "skipped: needs root to mount a tmpfs (bench/faults does)"));
            return;
        }
        int trials = 0;
        int failures = 0;
        int lost = 0;
        List<String> notes = new ArrayList<>();
        Path seedFile = work.resolve("full-seed.json");
        List<UUID> seedIds = writeExport(seedFile, 50);
        Path bigFile = work.resolve("full-big.json");
        writeExport(bigFile, 6000);
        for (String what : List.of("import that does not fit", "export onto the full disk", "import after filling the disk")) {
            Path folder = fullDisk.resolve("data-" + trials);
            deleteTree(folder);
            Result seeded = cli(folder, 120, "import", seedFile.toString());
            if (seeded.status != 0) {
                throw new IllegalStateException("seeding on the small disk failed: " + seeded.stderr);
            }
            Path filler = fullDisk.resolve("filler");
            Result r;
            Path out = fullDisk.resolve("export-" + trials + ".json");
            if (what.startsWith("export")) {
                fill(filler, 8 * 1024);
                r = cli(folder, 120, "export", "-o", out.toString());
            } else if (what.endsWith("filling the disk")) {
                fill(filler, 4 * 1024);
                r = cli(folder, 120, "import", seedFile.toString().replace("full-seed", "full-big"));
            } else {
                r = cli(folder, 300, "import", bigFile.toString());
            }
            trials++;
            StringBuilder why = new StringBuilder();
            if (r.status == 0 && !what.startsWith("export")) {
                why.append(" exit 0;");
            }
            if (r.status != 0 && (STACK_LINE.matcher(r.stderr).find() || r.stderr.strip().lines().count() != 1)) {
                why.append(" stderr not one plain line: ").append(r.stderr.strip().lines().limit(3).toList()).append(";");
            }
            if (r.status != 0 && what.startsWith("export") && Files.exists(out)) {
                why.append(" a partial export was left;");
            }
            Files.deleteIfExists(filler);
            try {
                Path db = folder.resolve("clearpath.db");
                Set<UUID> present = consultationIds(db);
                int missing = (int) seedIds.stream().filter(id -> !present.contains(id)).count();
                lost += missing;
                if (missing > 0 || !integrityOk(db)) {
                    why.append(" kept consultations missing ").append(missing).append(";");
                }
            } catch (SQLException e) {
                why.append(" unreadable after: ").append(e.getMessage()).append(";");
            }
            if (!why.isEmpty()) {
                failures++;
                notes.add(what + ":" + why);
                System.err.println("disk full, " + what + ":" + why);
            }
            deleteTree(folder);
            Files.deleteIfExists(out);
        }
        rows.add(new Row("disk full (" + fullDisk + ")", trials, failures, lost,
                notes.isEmpty() ? "one line each, nothing kept lost" : String.join("; ", notes)));
    }

    private static void fill(Path filler, int leaveKb) throws IOException {
        long free = Files.getFileStore(filler.getParent()).getUsableSpace();
        long size = Math.max(0, free - leaveKb * 1024L);
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }

    // ---------- 6. fuzzed intakes ----------

    /**
     * Valid intakes mutated at random (fields dropped, wrong types, huge, invisible or broken text, unknown codes,
     * broken JSON) read, validated and planned in this JVM: none may throw, every problem names a field path and
     * quotes at most 60 characters of the value, and none speaks of the parser. A sample also runs through {@code plan}
     * in a child JVM: exit 0 or 2, no stack trace.
     */
    private void fuzzedIntakes(int trials) throws Exception {
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        LocalDate today = LocalDate.now();
        int failures = 0;
        long slowest = 0;
        List<String> samples = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            String text = mutate(intake(random), random);
            long start = System.nanoTime();
            String failure = null;
            try {
                IntakeJson.Read read = IntakeJson.read(text, today);
                if (read.valid()) {
                    failure = acceptedFault(read.intake());
                    planner.plan(read.intake());
                } else {
                    for (Problem p : read.problems()) {
                        failure = problemFault(p, text);
                        if (failure != null) {
                            break;
                        }
                    }
                    if (read.problems().isEmpty()) {
                        failure = "invalid with no problem";
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failure = "threw " + e;
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            if (failure != null) {
                failures++;
                if (failures <= 5) {
                    System.err.println("fuzzed intake " + t + ": " + failure + "\n  input: " + shorten(text, 300));
                }
            }
            if (t % (trials / 20) == 0) {
                samples.add(text);
            }
        }
        int cliTrials = 0;
        for (String sample : samples) {
            Path file = work.resolve("fuzz-" + cliTrials + ".json");
            Files.writeString(file, sample);
            Result r = cli(work.resolve("fuzz-data"), 60, "plan", file.toString());
            cliTrials++;
            if ((r.status != 0 && r.status != 2) || STACK_LINE.matcher(r.stderr).find()) {
                failures++;
                System.err.println("fuzzed intake through plan: exit " + r.status + " " + shorten(r.stderr, 300));
            }
        }
        rows.add(new Row("fuzzed intakes (" + trials + " in process, " + cliTrials + " through plan)",
                trials + cliTrials, failures, 0, "slowest read+validate+plan " + slowest + " ms"));
    }

    /** What a valid intake should not have been let through with, or null. */
    private static String acceptedFault(com.clearpath.domain.Intake intake) {
        for (String name : List.of(intake.client().firstName(), intake.client().lastName())) {
            if (name.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT)) {
                return "accepted a name of invisible characters only";
            }
        }
        for (String text : new String[] {intake.client().firstName(), intake.client().lastName(),
                intake.client().phone(), intake.practitioner(), intake.goals(), intake.notes()}) {
            // A surrogate left as a code point of its own had no partner.
            if (text != null && text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                return "accepted a broken character (lone surrogate)";
            }
            if (text != null && text.length() > 4_000) {
                return "accepted a field of " + text.length() + " characters";
            }
        }
        return null;
    }

    /** What is wrong with how a problem is told, or null. */
    private static String problemFault(Problem p, String input) {
        // What a person reads: the command line's English words for the problem, not its code form.
        String said = ProblemWords.english().line(p);
        if (p.path() == null || p.path().isBlank()) {
            if (!said.toLowerCase(Locale.ROOT).contains("line")) {
                return "a problem names no field: " + shorten(said, 200);
            }
        }
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("jsonreadfeature") || lower.contains("jackson") || lower.contains("com.fasterxml")
                || lower.contains("exception")) {
            return "a problem speaks of the parser: " + shorten(said, 200);
        }
        // A quoted value is at most 60 characters: no 61-character run of the input appears in the message.
        for (int i = 0; i + 61 <= input.length(); i += 7) {
            String run = input.substring(i, i + 61);
            // A run with the JSON quote in it would also match the message's own quotation mark.
            if (!run.isBlank() && run.indexOf('"') < 0 && said.contains(run)) {
                return "a problem quotes more than 60 characters: " + shorten(said, 200);
            }
        }
        if (said.length() > 400) {
            return "a problem of " + said.length() + " characters";
        }
        return null;
    }

    // ---------- intakes and export files ----------

    private static ObjectNode intake(Random r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "clearpath.intake/1");
        ObjectNode client = root.putObject("client");
        client.put("firstName", pick(r, "Ana", "José", "Zoë", "李", "Nguyễn", "Siobhán", "Marie-Claire"));
        client.put("lastName", pick(r, "Reyes", "Müller", "O'Brien", "Nguyễn", "García", "Okafor") + r.nextInt(100_000));
        client.put("dateOfBirth", LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString());
        if (r.nextBoolean()) {
            client.put("phone", "+1 210 555 " + (1000 + r.nextInt(9000)));
        }
        root.put("consultedOn", LocalDate.now().minusDays(r.nextInt(700)).toString());
        root.put("practitioner", pick(r, "J. Park", "M. Díaz", "A. Chen"));
        ArrayNode concerns = root.putArray("concerns");
        int n = 1 + r.nextInt(3);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String kind = pick(r, KINDS);
            if (!used.add(kind)) {
                continue;
            }
            ObjectNode c = concerns.addObject();
            c.put("kind", kind);
            ArrayNode zones = c.putArray("zones");
            zones.add(pick(r, ZONES));
            if (r.nextBoolean()) {
                c.put("count", 1 + r.nextInt(30));
            }
        }
        root.put("goodmanBaronGrade", 1 + r.nextInt(4));
        ObjectNode skin = root.putObject("skin");
        skin.put("fitzpatrick", 1 + r.nextInt(6));
        skin.put("sensitivity", pick(r, "NORMAL", "SENSITIVE", "VERY_SENSITIVE"));
        ObjectNode acne = root.putObject("activeAcne");
        acne.put("iga", r.nextInt(3));
        if (r.nextInt(4) == 0) {
            root.putArray("screening").add(pick(r, "COLD_SORE_HISTORY", "RECENT_SUN_OR_TAN", "KELOID_TENDENCY"));
        }
        root.put("goals", "Smoother skin");
        return root;
    }

    private static String mutate(ObjectNode intake, Random r) throws IOException {
        int mutations = 1 + r.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<String> paths = new ArrayList<>();
            collect(intake, "", paths);
            String path = pick(r, paths.toArray(String[]::new));
            switch (r.nextInt(12)) {
                case 0 -> set(intake, path, null);
                case 1 -> set(intake, path, JSON.getNodeFactory().numberNode(r.nextInt() % 1000));
                case 2 -> set(intake, path, JSON.getNodeFactory().textNode("x".repeat(1 + r.nextInt(200_000))));
                case 3 -> set(intake, path, JSON.getNodeFactory().textNode("\u0000\u200b\u200d\u2060".repeat(1 + r.nextInt(5))));
                case 4 -> set(intake, path, JSON.getNodeFactory().textNode("\ud800" + "broken"));
                case 5 -> set(intake, path, JSON.getNodeFactory().textNode("NOT_A_CODE"));
                case 6 -> set(intake, path, JSON.getNodeFactory().arrayNode());
                case 7 -> set(intake, path, JSON.getNodeFactory().objectNode());
                case 8 -> set(intake, path, JSON.getNodeFactory().textNode("2099-13-45"));
                case 9 -> set(intake, path, JSON.getNodeFactory().booleanNode(r.nextBoolean()));
                case 10 -> set(intake, path, JSON.getNodeFactory().textNode("+1 " + "5".repeat(r.nextInt(5_000))));
                default -> set(intake, path, JSON.getNodeFactory().numberNode(1e300));
            }
        }
        // Escaped to ASCII, so a broken surrogate travels as "\\ud800" the way another system would send it.
        String text = JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                .writeValueAsString(intake);
        switch (r.nextInt(10)) {
            case 0 -> text = text.substring(0, r.nextInt(text.length()));
            case 1 -> text = text.replaceFirst(",", ",,");
            case 2 -> text = "[".repeat(2_000 + r.nextInt(20_000)) + text;
            case 3 -> text = text.replace("\"", "'");
            default -> {
            }
        }
        return text;
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (!path.isEmpty()) {
            out.add(path);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> collect(node.get(f), path.isEmpty() ? f : path + "." + f, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        String parentPath = cut < 0 ? "" : path.substring(0, cut);
        JsonNode parent = parentPath.isEmpty() ? root : find(root, parentPath);
        if (parent instanceof ObjectNode o) {
            String field = path.substring(cut + 1);
            if (value == null) {
                o.remove(field);
            } else {
                o.set(field, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int index = Integer.parseInt(path.substring(cut + 1, path.length() - 1));
            if (value == null) {
                a.remove(index);
            } else {
                a.set(index, value);
            }
        }
    }

    private static JsonNode find(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (!name.isEmpty()) {
                node = node.get(name);
            }
            for (int i = part.indexOf('['); i >= 0 && node != null; i = part.indexOf('[', i + 1)) {
                node = node.get(Integer.parseInt(part.substring(i + 1, part.indexOf(']', i))));
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** An export of {@code count} final consultations with fresh ids, only id, status and intake: import plans them. */
    private List<UUID> writeExport(Path file, int count) throws IOException {
        List<UUID> ids = new ArrayList<>();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "clearpath.export/1");
        root.put("exportedAt", "2026-12-03T08:00:00Z");
        ArrayNode consultations = root.putArray("consultations");
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ids.add(id);
            ObjectNode entry = consultations.addObject();
            entry.put("id", id.toString());
            entry.put("status", "FINAL");
            entry.set("intake", intake(random));
        }
        JSON.writeValue(file.toFile(), root);
        return ids;
    }

    // ---------- child processes ----------

    record Result(int status, String stderr) {
    }

    private ProcessBuilder cliProcess(Path folder, String... command) {
        // The packaged jar and its libraries, as a clinic runs the commands (not the test class path).
        List<String> line = new ArrayList<>(List.of(java(), "-Xmx512m", "-Djava.awt.headless=true", "-jar",
                Path.of("target", "clearpath.jar").toString()));
        line.addAll(List.of(command));
        line.addAll(List.of("--data-dir", folder.toString()));
        return new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private Result cli(Path folder, int seconds, String... command) throws Exception {
        Path err = Files.createTempFile(work, "stderr", ".txt");
        Process p = cliProcess(folder, command).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Result(ended ? p.exitValue() : -1, stderr);
    }

    /** A child JVM that opens the database and holds an exclusive lock until it is killed. */
    private Process holdExclusiveLock(Path db) throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                "com.clearpath.bench.FaultSuite$LockHolder", db.toString()).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.equals("locked")) {
                return p;
            }
        }
        throw new IllegalStateException("the lock holder ended without taking the lock");
    }

    /** Holds an exclusive lock on the database named by its argument until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                s.execute("BEGIN EXCLUSIVE");
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    // ---------- reading the database from outside ----------

    private static Set<UUID> consultationIds(Path db) throws SQLException {
        if (!Files.isRegularFile(db)) {
            throw new SQLException("no database file at " + db);
        }
        Set<UUID> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from consultations")) {
            while (rs.next()) {
                ids.add(UUID.fromString(rs.getString(1)));
            }
        }
        return ids;
    }

    private static boolean integrityOk(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** The longest goals text among the drafts in the database (the typist's one draft). */
    private static int savedGoalsLength(Path db) throws SQLException {
        if (!Files.isRegularFile(db)) {
            return 0;
        }
        int longest = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select intake_json from consultations where status = 'DRAFT'")) {
            while (rs.next()) {
                try {
                    JsonNode goals = JSON.readTree(rs.getString(1)).path("goals");
                    longest = Math.max(longest, goals.asText("").length());
                } catch (IOException e) {
                    throw new SQLException("a draft's intake is not JSON", e);
                }
            }
        }
        return longest;
    }

    private static boolean keptSomewhere(Path folder, byte[] before, boolean mustBeInPlace) throws IOException {
        Path db = folder.resolve("clearpath.db");
        if (mustBeInPlace) {
            return Files.isRegularFile(db);
        }
        if (Files.isRegularFile(db) && java.util.Arrays.equals(Files.readAllBytes(db), before)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("clearpath.db.") && Files.isRegularFile(f)
                        && java.util.Arrays.equals(Files.readAllBytes(f), before)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------- files ----------

    private static void truncate(Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    private static void overwrite(Path file, long at, byte[] with) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(with), at);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void makeWritable(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.forEach(p -> p.toFile().setWritable(true));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
