package com.clearpath.engine;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Treatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a valid intake into a plan: pure and deterministic. Indications say what each concern calls for
 * ({@link Indications}); safety rules say what waits, what is ruled out and what must be acted on
 * ({@link SafetyRules}); this class puts the two together with the clinic's catalog.
 */
public final class Planner {
    /** Bumped whenever a rule changes, so stored plans say which rules made them. */
    public static final String ENGINE_VERSION = "1.1.0";

    /** Where a provisional plan assumes the least when the skin step is not filled in yet: type I rules nothing out by type. */
    private static final int PROVISIONAL_TYPE = 1;
    private static final Client PROVISIONAL_CLIENT = new Client("Provisional", "Client", LocalDate.of(2000, 1, 1), null,
            null);

    private final TreatmentCatalog catalog;
    private final PlannerOptions options;

    public Planner(TreatmentCatalog catalog) {
        this(catalog, PlannerOptions.defaults());
    }

    public Planner(TreatmentCatalog catalog, PlannerOptions options) {
        this.catalog = catalog;
        this.options = options;
    }

    public PlannerOptions options() {
        return options;
    }

    public TreatmentCatalog catalog() {
        return catalog;
    }

    /**
     * What a plan can be made from while the intake is still incomplete ({@code problems} are its validation
     * problems): the concerns recorded completely so far, with missing skin and acne answers assumed to rule nothing
     * out. Empty until a concern is complete.
     */
    public static Optional<Intake> provisionalIntake(Intake intake, List<Problem> problems, LocalDate today) {
        List<Concern> complete = new ArrayList<>();
        for (int i = 0; i < intake.concerns().size(); i++) {
            String at = "concerns[" + i + "]";
            if (problems.stream().noneMatch(p -> Problem.within(p.path(), at))) {
                complete.add(intake.concerns().get(i));
            }
        }
        if (complete.isEmpty()) {
            return Optional.empty();
        }
        SkinProfile skin = intake.skin();
        boolean skinOk = problems.stream().noneMatch(p -> Problem.within(p.path(), "skin"));
        SkinProfile assumed = new SkinProfile(skinOk ? skin.fitzpatrick() : PROVISIONAL_TYPE,
                skin.sensitivity() != null ? skin.sensitivity() : Sensitivity.NORMAL, skin.conditions());
        boolean acneOk = problems.stream().noneMatch(p -> Problem.within(p.path(), "activeAcne"));
        ActiveAcne acne = acneOk ? intake.activeAcne() : new ActiveAcne(0, intake.activeAcne().nodulesOrCysts());
        Intake guess = new Intake(Intake.FORMAT, PROVISIONAL_CLIENT, today, null, complete, null, assumed, acne,
                intake.screening(), null, null);
        if (!new IntakeValidator(today).validate(guess).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(guess);
    }

    /** Plans for a valid intake (see {@code IntakeValidator}); required fields must be present. */
    public Plan plan(Intake intake) {
        if (intake.skin() == null || intake.skin().fitzpatrick() == null || intake.skin().sensitivity() == null
                || intake.activeAcne() == null || intake.activeAcne().iga() == null || intake.concerns().isEmpty()) {
            throw new IllegalArgumentException("The intake is incomplete; validate it before planning");
        }
        ClientFacts facts = ClientFacts.of(intake);
        Candidates candidates = Indications.of(facts);
        Findings findings = SafetyRules.evaluate(facts);
        boolean defer = !findings.holds.isEmpty();
        List<HoldCode> holdCodes = List.copyOf(findings.holds.keySet());

        List<Recommendation> now = new ArrayList<>();
        List<Recommendation> later = new ArrayList<>();
        List<Recommendation> suitable = new ArrayList<>();
        for (Candidates.Candidate c : candidates.ranked()) {
            if (findings.excluded(c.treatment)) {
                continue;
            }
            boolean waits = defer && c.treatment.procedure();
            Recommendation r = recommendation(c, findings, waits ? holdCodes : List.of());
            (waits ? later : now).add(r);
            suitable.add(r);
        }

        Set<Treatment> planned = EnumSet.noneOf(Treatment.class);
        now.forEach(r -> planned.add(r.treatment()));
        later.forEach(r -> planned.add(r.treatment()));

        List<Exclusion> excluded = new ArrayList<>();
        for (Treatment t : Treatment.values()) {
            if (planned.contains(t)) {
                continue;
            }
            List<ExclusionReason> reasons = new ArrayList<>(findings.exclusions.getOrDefault(t, List.of()));
            if (!candidates.contains(t)) {
                reasons.add(notIndicated(t, facts));
            }
            excluded.add(new Exclusion(t, reasons));
        }

        List<Flag> flags = flags(findings, planned, facts, now, later);
        LocalDate startsOn = intake.planStartsOn() != null ? intake.planStartsOn() : intake.consultedOn();
        Protocol protocol = new ProtocolBuilder(options).build(new ProtocolBuilder.Input(facts, suitable, defer,
                holdCodes, startsOn, intake.eventDate()));
        return new Plan(Plan.FORMAT, defer ? PlanStatus.DEFER : PlanStatus.READY,
                List.copyOf(findings.holds.values()), now, later, excluded, flags, catalog.version(), ENGINE_VERSION,
                protocol);
    }

    private Recommendation recommendation(Candidates.Candidate c, Findings findings, List<HoldCode> waitsFor) {
        CatalogTreatment entry = catalog.get(c.treatment);
        List<Reason> why = new ArrayList<>(c.why);
        if (!entry.offered()) {
            why.add(Reason.of(ReasonCode.REFER_OUT, List.of()));
        }
        Set<String> sources = new LinkedHashSet<>(c.sources);
        List<Reason> cautions = new ArrayList<>();
        for (Reason n : findings.cautions.getOrDefault(c.treatment, List.of())) {
            cautions.add(n);
            sources.addAll(n.sources());
        }
        // The catalog's own cautions travel as their place in its list; their sources are the catalog entry's.
        for (int i = 0; i < entry.cautions().size(); i++) {
            cautions.add(Reason.of(ReasonCode.CATALOG_CAUTION, List.of(), c.treatment.name(), Integer.toString(i + 1)));
        }
        sources.addAll(entry.sources());
        return new Recommendation(c.treatment, entry.name().in(Language.EN), entry.performedBy().name(), List.copyOf(c.targets),
                entry.sessions(), entry.intervalWeeks(), entry.downtimeDays(), why, cautions, List.copyOf(sources),
                !entry.offered(), waitsFor);
    }

    private ExclusionReason notIndicated(Treatment t, ClientFacts f) {
        List<String> sources = catalog.get(t).sources();
        if (t == Treatment.DERMAL_FILLER) {
            boolean nonDistensible = f.kinds().stream().filter(ConcernKind::atrophic)
                    .anyMatch(k -> Boolean.FALSE.equals(f.distensible(k)));
            if (nonDistensible) {
                return new ExclusionReason(ExclusionCode.NOT_DISTENSIBLE,
                        Reason.of(ReasonCode.NOT_DISTENSIBLE_FILLER, List.of("R29", "R4")));
            }
        }
        return new ExclusionReason(ExclusionCode.NOT_INDICATED,
                Reason.of(ReasonCode.NOT_INDICATED, sources, Reason.kinds(f.kinds())));
    }

    private static List<Flag> flags(Findings findings, Set<Treatment> planned, ClientFacts facts,
                                    List<Recommendation> now, List<Recommendation> later) {
        Map<FlagCode, List<Findings.ConditionalFlag>> byCode = findings.flagsByCode();
        Set<ConcernKind> covered = EnumSet.noneOf(ConcernKind.class);
        now.forEach(r -> covered.addAll(r.targets()));
        later.forEach(r -> covered.addAll(r.targets()));
        Set<ConcernKind> uncovered = EnumSet.copyOf(facts.kinds());
        uncovered.removeAll(covered);
        if (!uncovered.isEmpty()) {
            byCode.computeIfAbsent(FlagCode.CLINICIAN_REVIEW, k -> new ArrayList<>()).add(new Findings.ConditionalFlag(
                    FlagCode.CLINICIAN_REVIEW, Reason.of(ReasonCode.REFER_UNCOVERED, List.of("R59"),
                    Reason.kinds(uncovered)), Set.of()));
        }
        List<Flag> out = new ArrayList<>();
        for (FlagCode code : FlagCode.values()) {
            Set<Reason> reasons = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            for (Findings.ConditionalFlag f : byCode.getOrDefault(code, List.of())) {
                if (f.whenPlanned().isEmpty() || f.whenPlanned().stream().anyMatch(planned::contains)) {
                    reasons.add(f.reason());
                    sources.addAll(f.reason().sources());
                }
            }
            if (!reasons.isEmpty()) {
                out.add(new Flag(code, List.copyOf(reasons), List.copyOf(sources)));
            }
        }
        return out;
    }
}
