package com.clearpath.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the practitioner recorded in one consultation ({@code clearpath.intake/1}). Fields are nullable so
 * that a draft can be held and validated while it is being filled in; {@link IntakeValidator} says what is missing.
 */
public record Intake(
        String format,
        Client client,
        LocalDate consultedOn,
        String practitioner,
        List<Concern> concerns,
        Integer goodmanBaronGrade,
        SkinProfile skin,
        ActiveAcne activeAcne,
        List<Screening> screening,
        String goals,
        String notes,
        LocalDate eventDate,
        LocalDate planStartsOn,
        ScreeningDetails screeningDetails) {

    public static final String FORMAT = "clearpath.intake/1";

    public Intake {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        screening = screening == null ? List.of() : List.copyOf(screening);
        screeningDetails = screeningDetails == null ? ScreeningDetails.NONE : screeningDetails;
    }

    /** An intake without screening details (the optional {@code screeningDetails} absent). */
    public Intake(String format, Client client, LocalDate consultedOn, String practitioner, List<Concern> concerns,
                  Integer goodmanBaronGrade, SkinProfile skin, ActiveAcne activeAcne, List<Screening> screening,
                  String goals, String notes) {
        this(format, client, consultedOn, practitioner, concerns, goodmanBaronGrade, skin, activeAcne, screening, goals,
                notes, null, null, ScreeningDetails.NONE);
    }

    /** An intake with screening details and without the protocol's dates. */
    public Intake(String format, Client client, LocalDate consultedOn, String practitioner, List<Concern> concerns,
                  Integer goodmanBaronGrade, SkinProfile skin, ActiveAcne activeAcne, List<Screening> screening,
                  String goals, String notes, ScreeningDetails screeningDetails) {
        this(format, client, consultedOn, practitioner, concerns, goodmanBaronGrade, skin, activeAcne, screening, goals,
                notes, null, null, screeningDetails);
    }

    /** An intake with the protocol's dates and without screening details. */
    public Intake(String format, Client client, LocalDate consultedOn, String practitioner, List<Concern> concerns,
                  Integer goodmanBaronGrade, SkinProfile skin, ActiveAcne activeAcne, List<Screening> screening,
                  String goals, String notes, LocalDate eventDate, LocalDate planStartsOn) {
        this(format, client, consultedOn, practitioner, concerns, goodmanBaronGrade, skin, activeAcne, screening, goals,
                notes, eventDate, planStartsOn, ScreeningDetails.NONE);
    }

    /** The same intake with these screening details. */
    public Intake withScreeningDetails(ScreeningDetails details) {
        return new Intake(format, client, consultedOn, practitioner, concerns, goodmanBaronGrade, skin, activeAcne,
                screening, goals, notes, eventDate, planStartsOn, details);
    }

    /** The same intake with an event date and a chosen start. */
    public Intake withDates(LocalDate eventDate, LocalDate planStartsOn) {
        return new Intake(format, client, consultedOn, practitioner, concerns, goodmanBaronGrade, skin, activeAcne,
                screening, goals, notes, eventDate, planStartsOn, screeningDetails);
    }

    /**
     * The intake a follow-up visit starts from: the client as the records have them now, seen {@code today}, with the
     * practitioner, concerns, skin and goals of the {@code previous} visit (if any). Screening, active acne and the
     * Goodman &amp; Baron grade are left empty on purpose: they must be given again at every visit, or an outcome
     * would read "no change" that nobody measured.
     */
    public static Intake followUp(Client client, Optional<Intake> previous, LocalDate today) {
        Intake base = previous.orElse(null);
        return new Intake(FORMAT, client, today, base == null ? null : base.practitioner(),
                base == null ? List.of() : base.concerns(), null,
                base == null ? null : base.skin(), null, List.of(), base == null ? null : base.goals(), null);
    }

    public boolean screened(Screening code) {
        return screening.contains(code);
    }

    public Set<ConcernKind> concernKinds() {
        EnumSet<ConcernKind> kinds = EnumSet.noneOf(ConcernKind.class);
        for (Concern c : concerns) {
            if (c.kind() != null) {
                kinds.add(c.kind());
            }
        }
        return kinds;
    }
}
