package com.clearpath.engine;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Builds valid {@code clearpath.intake/1} intakes from a {@link Random}: the same seed always gives the same intake
 * for the same {@code today}. Every field the format allows is exercised, including its boundaries (count 1 and
 * 500, names of exactly 100 characters, free text of exactly 4,000 characters, age 18 and 90, a consultation
 * dated today) and names in several scripts.
 */
public final class IntakeGenerator {
    static final List<String> FIRST_NAMES = List.of("Ana", "José", "Zoë", "李", "Nguyễn", "O'Brien", "Siobhán",
            "Łukasz", "Ngozi", "محمد", "Mary-Jane", "Søren", "Đặng", "𠮷子", "Aroha");
    static final List<String> LAST_NAMES = List.of("Reyes", "Müller", "O'Brien", "Nguyễn", "李", "Zoë-Smith",
            "García Márquez", "Ćwik", "Okafor", "van der Berg", "Иванова", "Søndergaard", "𠮷田");
    private static final List<String> TEXTS = List.of(
            "Smoother cheeks before a wedding in June",
            "Wants \"fewer marks\"; worried about downtime\nSecond line of notes",
            "Quiere mejorar las cicatrices — sin baja laboral",
            "痘痕を目立たなくしたい",
            "Tab\tseparated, backslash \\ and slash /",
            "");

    private IntakeGenerator() {
    }

    public static Intake generate(Random r, LocalDate today) {
        LocalDate consultedOn = r.nextInt(5) == 0 ? today : today.minusDays(1 + r.nextInt(5 * 365));
        int age = 18 + r.nextInt(73); // 18..90 at the consultation
        LocalDate dob = consultedOn.minusYears(age).minusDays(r.nextInt(365));
        if (r.nextInt(20) == 0) {
            dob = consultedOn.minusYears(age); // birthday on the consultation date
        }
        Client client = new Client(name(r, FIRST_NAMES), name(r, LAST_NAMES), dob,
                r.nextBoolean() ? null : "+1 210 555 " + (1000 + r.nextInt(9000)),
                pick(r, null, "ana.reyes@example.com", "jose@clinica.example.es", "zoë@example.org"));

        int concernCount = 1 + r.nextInt(4);
        List<Concern> concerns = new ArrayList<>();
        List<ConcernKind> kinds = new ArrayList<>(List.of(ConcernKind.values()));
        Collections.shuffle(kinds, r);
        for (int i = 0; i < concernCount; i++) {
            // Usually one concern per kind; now and then the same kind twice (other zones, another stretch test).
            ConcernKind kind = i > 0 && r.nextInt(10) == 0 ? concerns.get(r.nextInt(i)).kind() : kinds.get(i);
            concerns.add(concern(r, kind));
        }

        Integer grade = r.nextInt(5) == 0 ? null : 1 + r.nextInt(4);
        List<SkinCondition> conditions = subset(r, SkinCondition.values(), 6);
        SkinProfile skin = new SkinProfile(1 + r.nextInt(6), pick(r, Sensitivity.values()),
                conditions.isEmpty() && r.nextBoolean() ? null : conditions);
        int iga = r.nextInt(10) < 6 ? r.nextInt(2) : 2 + r.nextInt(3); // many plans READY, many DEFER
        ActiveAcne acne = new ActiveAcne(iga, r.nextInt(6) == 0);
        // Now and then a client to whom many screening answers apply at once, where rules pile up.
        List<Screening> screening = subset(r, Screening.values(), r.nextInt(8) == 0 ? 2 : 8);
        // The event and the chosen start: absent, on the boundaries (consultation day, 3 years on), or anywhere between.
        LocalDate event = switch (r.nextInt(8)) {
            case 0, 1, 2 -> null;
            case 3 -> consultedOn;
            case 4 -> consultedOn.plusYears(3);
            case 5 -> consultedOn.plusDays(1 + r.nextInt(120));
            default -> consultedOn.plusDays(r.nextInt(3 * 365));
        };
        LocalDate starts = switch (r.nextInt(4)) {
            case 0, 1 -> null;
            case 2 -> consultedOn;
            default -> consultedOn.plusDays(r.nextInt(200));
        };
        return new Intake(Intake.FORMAT, client, consultedOn, r.nextBoolean() ? null : "J. Park", concerns, grade,
                skin, acne, screening.isEmpty() && r.nextBoolean() ? null : screening, text(r), text(r), event, starts);
    }

    private static Concern concern(Random r, ConcernKind kind) {
        List<Zone> zones = new ArrayList<>(List.of(Zone.values()));
        Collections.shuffle(zones, r);
        zones = new ArrayList<>(zones.subList(0, 1 + r.nextInt(4)));
        Integer count = switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> null;
            case 4 -> 1;
            case 5 -> 500;
            case 6 -> 1 + r.nextInt(500);
            default -> 1 + r.nextInt(30);
        };
        Boolean distensible = kind.atrophic() ? pick(r, null, Boolean.TRUE, Boolean.FALSE) : null;
        PigmentDepth depth = kind == ConcernKind.PIH && r.nextInt(5) > 0 ? pick(r, PigmentDepth.values()) : null;
        return new Concern(kind, zones, count, distensible, depth);
    }

    private static String name(Random r, List<String> names) {
        return switch (r.nextInt(40)) {
            case 0 -> "José".repeat(25); // exactly 100 characters
            case 1 -> "𠮷".repeat(100); // 100 characters outside the Basic Multilingual Plane
            case 2 -> "  " + pick(r, names) + " "; // surrounding spaces are trimmed
            default -> pick(r, names);
        };
    }

    private static String text(Random r) {
        return switch (r.nextInt(12)) {
            case 0, 1, 2, 3, 4 -> null;
            case 5 -> "é".repeat(4000); // exactly the limit
            case 6 -> "😀".repeat(4000); // the limit counts characters, not UTF-16 units
            default -> pick(r, TEXTS);
        };
    }

    /** Each value with probability 1/{@code oneIn}, in random order. */
    private static <E> List<E> subset(Random r, E[] values, int oneIn) {
        List<E> out = new ArrayList<>();
        for (E e : values) {
            if (r.nextInt(oneIn) == 0) {
                out.add(e);
            }
        }
        Collections.shuffle(out, r);
        return out;
    }

    @SafeVarargs
    static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
