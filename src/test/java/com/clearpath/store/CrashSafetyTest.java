package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving consultations (SIGKILL, at random moments, 20 times) and checks that the
 * database is intact and every save that had returned is there: what the practitioner saw saved stays saved.
 */
class CrashSafetyTest {
    static final int KILLS = 20;

    @TempDir
    Path temp;

    @Test
    void killingTheAppMidSaveLosesNothingThatWasSaved() throws Exception {
        Path file = temp.resolve("clearpath.db");
        Random random = new Random(20261122);
        List<UUID> saved = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashSaver.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<UUID> thisRun = java.util.Collections.synchronizedList(new ArrayList<>());
            boolean[] ready = {false};
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.equals("ready")) {
                            synchronized (ready) {
                                ready[0] = true;
                                ready.notifyAll();
                            }
                        } else {
                            thisRun.add(UUID.fromString(line.strip()));
                        }
                    }
                } catch (java.io.IOException | IllegalArgumentException e) {
                    // the child was killed mid-line; what was fully printed counts
                }
            });
            reader.start();
            synchronized (ready) {
                long deadline = System.currentTimeMillis() + 30_000;
                while (!ready[0] && System.currentTimeMillis() < deadline) {
                    ready.wait(500);
                }
            }
            assertTrue(ready[0], "child started");
            // Killed only once it has saved something, so a slow (loaded) machine still kills mid-stream of saves.
            long firstSave = System.currentTimeMillis() + 30_000;
            while (thisRun.isEmpty() && System.currentTimeMillis() < firstSave) {
                Thread.sleep(5);
            }
            assertTrue(!thisRun.isEmpty(), "child saved a consultation");
            Thread.sleep(20 + random.nextInt(400));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            reader.join(5_000);
            saved.addAll(thisRun);
        }
        assertTrue(saved.size() >= KILLS, "every child saved something: " + saved.size());
        try (Database db = Database.open(file)) {
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", rs.getString(1));
            }
            ConsultationRepository repo = new ConsultationRepository(db, Clock.systemUTC());
            for (UUID id : saved) {
                assertTrue(repo.find(id).isPresent(), "saved consultation " + id + " survived the kill");
            }
            assertTrue(repo.count() >= saved.size());
        }
    }
}
