package com.clearpath.domain;

import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.IntakeJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/** The shared case 10 (ice pick, rolling and deep boxcar in type III) as a real intake and its plan. */
public final class Case10 {
    /** The copy of the shared cases kept with the tests, so a plain clone passes. */
    public static final Path CASES = copiedCases();

    private static Path copiedCases() {
        try {
            return Path.of(Case10.class.getResource("/clinical/cases").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Case10() {
    }

    public static Intake intake() {
        return intake("10-");
    }

    public static Intake intake(String prefix) {
        try (Stream<Path> s = Files.walk(CASES)) {
            Path path = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            var node = new ObjectMapper().readTree(Files.readString(path)).get("intake");
            IntakeJson.Read read = IntakeJson.read(node.toString(), LocalDate.of(2026, 11, 20));
            if (!read.valid()) {
                throw new IllegalStateException(prefix + ": " + read.problems());
            }
            return read.intake();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Case 10 as the wizard holds it: the type scored by the questionnaire (20 of 40 is type III) rather than given
     * without one, and a client's name for the pictures.
     */
    public static Intake inWizard() {
        Intake in = intake();
        SkinProfile skin = new SkinProfile(3, in.skin().sensitivity(), in.skin().conditions(), 20, null);
        return new Intake(in.format(), new Client("Maya", "Okafor", in.client().dateOfBirth(), "+1 619 555 0117", null),
                in.consultedOn(), "J. Park", in.concerns(), in.goodmanBaronGrade(), skin, in.activeAcne(), in.screening(),
                "Smoother cheeks before her sister's wedding", null, in.eventDate(), in.planStartsOn(), in.screeningDetails());
    }

    public static Plan plan() {
        return new Planner(TreatmentCatalog.builtIn()).plan(intake());
    }
}
