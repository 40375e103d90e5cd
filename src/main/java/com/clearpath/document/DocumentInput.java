package com.clearpath.document;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.engine.TreatmentCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a document is made from: the consultation's intake and plan, the catalog the plan came from (for
 * patient wording), the clinic, the consultation number, the issue date, the practitioner's overrides and, when
 * the questionnaire was used, its Fitzpatrick score; for a follow-up, what changed since the visit it follows (null
 * for a first consultation); and the consents signed in the consultation.
 */
public record DocumentInput(
        Intake intake,
        Plan plan,
        TreatmentCatalog catalog,
        ClinicProfile clinic,
        String consultationNumber,
        LocalDate issuedOn,
        List<PlanOverride> overrides,
        Integer fitzpatrickScore,
        IntakeChanges changes,
        List<ConsentStanding> consents) {

    public DocumentInput {
        consents = consents == null ? List.of() : List.copyOf(consents);
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(issuedOn, "issuedOn");
        clinic = clinic == null ? ClinicProfile.defaultProfile() : clinic;
        consultationNumber = consultationNumber == null ? "" : consultationNumber.strip();
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A document of a first consultation (nothing to compare with) without signed consents to list. */
    public DocumentInput(Intake intake, Plan plan, TreatmentCatalog catalog, ClinicProfile clinic,
                         String consultationNumber, LocalDate issuedOn, List<PlanOverride> overrides,
                         Integer fitzpatrickScore) {
        this(intake, plan, catalog, clinic, consultationNumber, issuedOn, overrides, fitzpatrickScore, null, List.of());
    }

    /** The default clinic, no number, issued today, no overrides, no score. */
    public static DocumentInput of(Intake intake, Plan plan, TreatmentCatalog catalog) {
        return new DocumentInput(intake, plan, catalog, null, null, LocalDate.now(), null, null);
    }

    /**
     * A kept consultation's documents: its intake and plan as they were made, the practitioner's changes, and the
     * questionnaire score when one was taken.
     */
    public static DocumentInput forConsultation(Intake intake, Plan plan, List<PlanOverride> overrides,
                                                TreatmentCatalog catalog, ClinicProfile clinic, String number,
                                                LocalDate issuedOn) {
        Integer score = intake.skin() == null ? null : intake.skin().fitzpatrickScore();
        return new DocumentInput(intake, plan, catalog, clinic, number, issuedOn,
                overrides, score);
    }

    public DocumentInput withClinic(ClinicProfile c) {
        return new DocumentInput(intake, plan, catalog, c, consultationNumber, issuedOn, overrides, fitzpatrickScore,
                changes, consents);
    }

    public DocumentInput withConsultationNumber(String n) {
        return new DocumentInput(intake, plan, catalog, clinic, n, issuedOn, overrides, fitzpatrickScore, changes,
                consents);
    }

    public DocumentInput withIssuedOn(LocalDate d) {
        return new DocumentInput(intake, plan, catalog, clinic, consultationNumber, d, overrides, fitzpatrickScore,
                changes, consents);
    }

    public DocumentInput withOverrides(List<PlanOverride> o) {
        return new DocumentInput(intake, plan, catalog, clinic, consultationNumber, issuedOn, o, fitzpatrickScore,
                changes, consents);
    }

    public DocumentInput withFitzpatrickScore(Integer s) {
        return new DocumentInput(intake, plan, catalog, clinic, consultationNumber, issuedOn, overrides, s, changes,
                consents);
    }

    /** The same document of a follow-up, with what changed since the visit it follows. */
    public DocumentInput withChanges(IntakeChanges c) {
        return new DocumentInput(intake, plan, catalog, clinic, consultationNumber, issuedOn, overrides,
                fitzpatrickScore, c, consents);
    }

    /** What changed since the earlier visit, for a follow-up. */
    public Optional<IntakeChanges> changesIfAny() {
        return Optional.ofNullable(changes);
    }

    /** The same document listing the consents signed in the consultation, with where each stands. */
    public DocumentInput withConsents(List<ConsentStanding> c) {
        return new DocumentInput(intake, plan, catalog, clinic, consultationNumber, issuedOn, overrides,
                fitzpatrickScore, changes, c);
    }

    /** The plan with the practitioner's changes applied: what the documents print as agreed. */
    public AgreedPlan agreed() {
        return AgreedPlan.of(plan, overrides);
    }

    /** "First Last", as the client wrote it. */
    public String clientName() {
        var c = intake.client();
        return (c.firstName().strip() + " " + c.lastName().strip()).strip();
    }
}
