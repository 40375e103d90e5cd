package com.clearpath.ui.wizard;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningDetails;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.Planner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Everything one run of the consultation wizard has recorded, as properties the pages bind to. The intake, its
 * problems (with the validator's paths) and the plan are recomputed on every change; planning is pure and takes
 * microseconds, so this happens on the FX thread. {@link #revisionProperty()} counts the practitioner's changes so
 * autosave knows when there is something new to keep.
 */
public final class ConsultationDraft {
    private static final Logger LOG = Logger.getLogger(ConsultationDraft.class.getName());

    /** The engine; made in the background at start, so asked for only when there is something to plan. */
    private final Supplier<Planner> planner;
    private final Supplier<LocalDate> today;
    private final Clock clock;
    private StoredConsultation stored;

    private final ObjectProperty<UUID> clientId = new SimpleObjectProperty<>(this, "clientId");
    /** True when {@link #clientId} is a record chosen from the search (its details are not edited here). */
    private final BooleanProperty existingClient = new SimpleBooleanProperty(this, "existingClient");
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");
    private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>(this, "dateOfBirth");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ObjectProperty<LocalDate> consultedOn = new SimpleObjectProperty<>(this, "consultedOn");
    private final StringProperty practitioner = new SimpleStringProperty(this, "practitioner", "");

    private final ObservableList<ConcernDraft> concerns = FXCollections.observableArrayList(ConcernDraft::observables);
    private final ObjectProperty<Integer> goodmanGrade = new SimpleObjectProperty<>(this, "goodmanGrade");

    private final List<ObjectProperty<Integer>> answers = new ArrayList<>();
    /** A questionnaire total carried over from a saved consultation whose single answers are not known. */
    private final ObjectProperty<Integer> carriedScore = new SimpleObjectProperty<>(this, "carriedScore");
    private final ObjectProperty<Integer> overrideType = new SimpleObjectProperty<>(this, "overrideType");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ObjectProperty<Sensitivity> sensitivity = new SimpleObjectProperty<>(this, "sensitivity");
    private final ObservableSet<SkinCondition> conditions = FXCollections.observableSet(EnumSet.noneOf(SkinCondition.class));

    private final ObjectProperty<Integer> iga = new SimpleObjectProperty<>(this, "iga");
    private final BooleanProperty nodulesOrCysts = new SimpleBooleanProperty(this, "nodulesOrCysts");
    private final ObservableSet<Screening> screening = FXCollections.observableSet(EnumSet.noneOf(Screening.class));
    private final ObjectProperty<LocalDate> isotretinoinStoppedOn = new SimpleObjectProperty<>(this, "isotretinoinStoppedOn");
    private final BooleanProperty isotretinoinCurrent = new SimpleBooleanProperty(this, "isotretinoinCurrent");
    private final StringProperty goals = new SimpleStringProperty(this, "goals", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<LocalDate> eventDate = new SimpleObjectProperty<>(this, "eventDate");
    private final ObjectProperty<LocalDate> planStartsOn = new SimpleObjectProperty<>(this, "planStartsOn");

    private final ObservableList<PlanOverride> overrides = FXCollections.observableArrayList();
    /** Changes to the protocol that later answers no longer allowed, until the practitioner has seen them. */
    private final ObservableList<PlanOverride> takenBack = FXCollections.observableArrayList();
    private final ObservableList<PlanOverride> takenBackView = FXCollections.unmodifiableObservableList(takenBack);
    private final ObjectProperty<ConsultationStatus> status = new SimpleObjectProperty<>(this, "status",
            ConsultationStatus.DRAFT);

    private final ReadOnlyObjectWrapper<Integer> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyObjectWrapper<Intake> intake = new ReadOnlyObjectWrapper<>(this, "intake");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Plan> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    /** For a follow-up, the visit it follows (its intake and agreed plan); null for a first consultation. */
    private StoredConsultation earlier;
    private final ReadOnlyObjectWrapper<IntakeChanges> changes = new ReadOnlyObjectWrapper<>(this, "changes");
    private int quiet;

    ConsultationDraft(Supplier<Planner> planner, Supplier<LocalDate> today, Clock clock, StoredConsultation stored) {
        this.planner = planner;
        this.today = today;
        this.clock = clock;
        this.stored = stored;
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            answers.add(new SimpleObjectProperty<>(this, "answer" + i));
        }
        watch(clientId, existingClient, firstName, lastName, dateOfBirth, phone, email, consultedOn, practitioner,
                concerns, goodmanGrade, carriedScore, overrideType, overrideReason, sensitivity, conditions, iga,
                nodulesOrCysts, screening, isotretinoinStoppedOn, isotretinoinCurrent, goals, notes, eventDate, planStartsOn,
                overrides);
        // The details belong to the isotretinoin answer: taken back, they go too, so nothing hidden blocks the step.
        screening.addListener((SetChangeListener<Screening>) c -> {
            if (c.wasRemoved() && c.getElementRemoved() == Screening.ISOTRETINOIN_RECENT) {
                isotretinoinStoppedOn.set(null);
                isotretinoinCurrent.set(false);
            }
        });
        answers.forEach(a -> {
            watch(a);
            // A fresh answer means the questionnaire is being taken again: the carried total no longer counts.
            a.addListener((o, was, now) -> {
                if (now != null && quiet == 0) {
                    carriedScore.set(null);
                }
            });
        });
        recompute();
    }

    /** A new consultation dated today, with no answers yet. */
    public static ConsultationDraft fresh(Supplier<Planner> planner, Supplier<LocalDate> today, Clock clock) {
        ConsultationDraft d = new ConsultationDraft(planner, today, clock, null);
        d.quietly(() -> d.consultedOn.set(today.get()));
        d.stored = StoredConsultation.newDraft(d.intake.get());
        return d;
    }

    /** A saved consultation back in the wizard, every answer restored; {@code extras} adds the questionnaire answers. */
    public static ConsultationDraft restore(Supplier<Planner> planner, Supplier<LocalDate> today, Clock clock,
                                            StoredConsultation saved, Optional<DraftExtras> extras) {
        ConsultationDraft d = new ConsultationDraft(planner, today, clock, saved);
        d.quietly(() -> d.fill(saved, extras));
        return d;
    }

    private void fill(StoredConsultation saved, Optional<DraftExtras> extras) {
        Intake in = saved.intake();
        clientId.set(saved.clientId());
        existingClient.set(saved.clientId() != null);
        Client c = in.client();
        if (c != null) {
            firstName.set(orEmpty(c.firstName()));
            lastName.set(orEmpty(c.lastName()));
            dateOfBirth.set(c.dateOfBirth());
            phone.set(orEmpty(c.phone()));
            email.set(orEmpty(c.email()));
        }
        consultedOn.set(in.consultedOn() != null ? in.consultedOn() : today.get());
        practitioner.set(orEmpty(in.practitioner()));
        for (Concern k : in.concerns()) {
            if (k != null) {
                concerns.add(ConcernDraft.of(k));
            }
        }
        goodmanGrade.set(in.goodmanBaronGrade());
        SkinProfile skin = in.skin();
        List<Integer> known = extras.map(DraftExtras::answers).orElse(List.of());
        for (int i = 0; i < answers.size() && i < known.size(); i++) {
            answers.get(i).set(valid(known.get(i)) ? known.get(i) : null);
        }
        if (skin != null) {
            boolean answered = answers.stream().allMatch(a -> a.get() != null);
            Integer savedScore = skin.fitzpatrickScore();
            if (!answered && savedScore != null) {
                carriedScore.set(savedScore);
            }
            Integer scoreType = answered ? Integer.valueOf(SkinProfile.typeForScore(sumOfAnswers()))
                    : savedScore == null ? null : SkinProfile.typeForScore(savedScore);
            if (skin.fitzpatrick() != null && !skin.fitzpatrick().equals(scoreType)) {
                overrideType.set(skin.fitzpatrick());
            }
            overrideReason.set(orEmpty(skin.fitzpatrickOverrideReason()));
            sensitivity.set(skin.sensitivity());
            conditions.addAll(skin.conditions().stream().filter(x -> x != null).toList());
        }
        if (in.activeAcne() != null) {
            iga.set(in.activeAcne().iga());
            nodulesOrCysts.set(in.activeAcne().nodulesOrCysts());
        }
        screening.addAll(in.screening().stream().filter(x -> x != null).toList());
        isotretinoinStoppedOn.set(in.screeningDetails().isotretinoinStoppedOn());
        isotretinoinCurrent.set(in.screeningDetails().takingIsotretinoin());
        goals.set(orEmpty(in.goals()));
        notes.set(orEmpty(in.notes()));
        eventDate.set(in.eventDate());
        planStartsOn.set(in.planStartsOn());
        overrides.setAll(saved.overrides());
        status.set(saved.status());
    }

    private static boolean valid(Integer answer) {
        return answer != null && answer >= 0 && answer <= FitzpatrickQuestionnaire.MAX_ANSWER;
    }

    // ---------- what the pages bind to ----------

    public UUID id() {
        return stored.id();
    }

    public ObjectProperty<UUID> clientIdProperty() {
        return clientId;
    }

    public BooleanProperty existingClientProperty() {
        return existingClient;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public ObjectProperty<LocalDate> dateOfBirthProperty() {
        return dateOfBirth;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<LocalDate> consultedOnProperty() {
        return consultedOn;
    }

    public StringProperty practitionerProperty() {
        return practitioner;
    }

    public ObservableList<ConcernDraft> concerns() {
        return concerns;
    }

    public ObjectProperty<Integer> goodmanGradeProperty() {
        return goodmanGrade;
    }

    /** Answer {@code i} (0–4) of the Fitzpatrick questionnaire, null while not asked. */
    public ObjectProperty<Integer> answerProperty(int i) {
        return answers.get(i);
    }

    public ReadOnlyObjectProperty<Integer> carriedScoreProperty() {
        return carriedScore;
    }

    /** The type the practitioner chose instead of the questionnaire's, or null to go by the questionnaire. */
    public ObjectProperty<Integer> overrideTypeProperty() {
        return overrideType;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ObjectProperty<Sensitivity> sensitivityProperty() {
        return sensitivity;
    }

    public ObservableSet<SkinCondition> conditions() {
        return conditions;
    }

    public ObjectProperty<Integer> igaProperty() {
        return iga;
    }

    public BooleanProperty nodulesOrCystsProperty() {
        return nodulesOrCysts;
    }

    public ObservableSet<Screening> screening() {
        return screening;
    }

    /** The day isotretinoin was stopped, when the isotretinoin answer is yes and it is known; else null. */
    public ObjectProperty<LocalDate> isotretinoinStoppedOnProperty() {
        return isotretinoinStoppedOn;
    }

    /** True when the client is taking isotretinoin now (a separate answer from the stop date). */
    public BooleanProperty isotretinoinCurrentProperty() {
        return isotretinoinCurrent;
    }

    public StringProperty goalsProperty() {
        return goals;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** A day the client wants to look their best (a wedding): the calendar keeps downtime clear of the days before. */
    public ObjectProperty<LocalDate> eventDateProperty() {
        return eventDate;
    }

    /** The plan's week 0 when it is not the consultation day (the client starts after a holiday, say). */
    public ObjectProperty<LocalDate> planStartsOnProperty() {
        return planStartsOn;
    }

    public ObservableList<PlanOverride> overrides() {
        return overrides;
    }

    /** Protocol changes taken back because later answers no longer allow them; shown on the Plan step until seen. */
    public ObservableList<PlanOverride> takenBack() {
        return takenBackView;
    }

    /** The practitioner has read which changes were taken back. */
    public void acknowledgeTakenBack() {
        takenBack.clear();
    }

    public ObjectProperty<ConsultationStatus> statusProperty() {
        return status;
    }

    public boolean isFinal() {
        return status.get() == ConsultationStatus.FINAL;
    }

    public BooleanBinding finalBinding() {
        return Bindings.createBooleanBinding(this::isFinal, status);
    }

    /** The questionnaire total once all ten questions are answered (or the carried total), else null. */
    public ReadOnlyObjectProperty<Integer> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public int answeredCount() {
        return (int) answers.stream().filter(a -> a.get() != null).count();
    }

    /** The type that goes into the intake: the practitioner's choice, else the questionnaire's band. */
    public Integer fitzpatrickType() {
        if (overrideType.get() != null) {
            return overrideType.get();
        }
        return score.get() == null ? null : SkinProfile.typeForScore(score.get());
    }

    public ReadOnlyObjectProperty<Intake> intakeProperty() {
        return intake.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The plan for the intake once it is valid, else null. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /**
     * The plan, or while later steps are still empty a provisional one from the concerns recorded so far (missing
     * skin and acne answers assumed to rule nothing out); null until a concern is complete.
     */
    public ReadOnlyObjectProperty<Plan> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * Compares this consultation with the visit it follows from now on; {@code visit} is empty for a first
     * consultation. Not a change of the answers: nothing new to save.
     */
    public void follows(Optional<StoredConsultation> visit) {
        earlier = visit.orElse(null);
        // A follow-up asks for more than a first consultation (its grade), so its problems are found again.
        recompute();
    }

    /** For a follow-up, the visit it follows (its grade is the hint beside this visit's); empty for a first one. */
    public Optional<StoredConsultation> visitFollowed() {
        return Optional.ofNullable(earlier);
    }

    /** True while this visit must be graded before its plan: a follow-up not yet saved as final. */
    public boolean gradeRequired() {
        return earlier != null && !isFinal();
    }

    /** For a follow-up, what differs from the visit it follows, kept up to date with every answer; else null. */
    public ReadOnlyObjectProperty<IntakeChanges> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    private void updateChanges() {
        changes.set(earlier == null ? null : IntakeChanges.since(earlier, intake.get(), agreed()));
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The problems whose path starts with one of these sections ({@code "client"}, {@code "concerns"} …). */
    public List<Problem> problemsAt(String... prefixes) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems.get()) {
            for (String prefix : prefixes) {
                if (within(p.path(), prefix)) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    /** The first problem exactly at {@code path}, or under it. */
    public Optional<Problem> problemAt(String path) {
        return problems.get().stream().filter(p -> within(p.path(), path)).findFirst();
    }

    static boolean within(String path, String prefix) {
        return Problem.within(path, prefix);
    }

    /** True while none of these sections has a problem. */
    public BooleanBinding completeBinding(String... prefixes) {
        return Bindings.createBooleanBinding(() -> problemsAt(prefixes).isEmpty(), problems);
    }

    // ---------- overrides ----------

    public Optional<PlanOverride> overrideFor(Treatment t) {
        return overrides.stream().filter(o -> o.treatment() == t).findFirst();
    }

    /** Declines a recommendation; {@code reason} is required. Replaces any earlier decision about it. */
    public void decline(Treatment t, String reason) {
        override(t, PlanOverride.Action.DECLINED, reason);
    }

    /** Adds a catalog treatment the engine did not recommend; {@code reason} is required. */
    public void add(Treatment t, String reason) {
        override(t, PlanOverride.Action.ADDED, reason);
    }

    public void undoOverride(Treatment t) {
        overrides.removeIf(o -> o.treatment() == t);
    }

    /** Takes back one recorded change. */
    public void undo(PlanOverride o) {
        overrides.remove(o);
    }

    /** The plan with every recorded change applied, as it is stored, shown and printed; null without a plan. */
    public AgreedPlan agreed() {
        Plan p = plan.get();
        return p == null ? null : AgreedPlan.of(p, List.copyOf(overrides));
    }

    /**
     * Records a change to the protocol if the rules allow it (see {@link OverrideRules}), in place of any earlier
     * decision of the same kind about the same step (dropping a step takes its other changes with it). Returns the
     * problems of the change itself, each at its field ({@code reason}, {@code startWeek}, …); nothing is recorded
     * then. {@code reason} is checked first so that a blank one is said to be required whatever else is chosen.
     */
    public List<Problem> proposeChange(PlanOverride.Action action, Treatment step, Treatment treatment,
                                       Integer startWeek, String reason) {
        Optional<Problem> noReason = OverrideRules.reason(OverrideRules.REASON, reason);
        if (noReason.isPresent()) {
            return List.of(noReason.get());
        }
        Plan p = plan.get();
        if (p == null || isFinal()) {
            return List.of(Problem.of("", ProblemCode.PLAN_LOCKED));
        }
        String by = blankToNull(practitioner.get());
        PlanOverride o = switch (action) {
            case ALTERNATIVE_CHOSEN -> PlanOverride.alternativeChosen(step, treatment, reason, by, clock.instant());
            case STEP_DROPPED -> PlanOverride.stepDropped(step, reason, by, clock.instant());
            case STEP_MOVED -> new PlanOverride(step, action, reason, by, clock.instant(), null, startWeek);
            case STEP_ADDED -> PlanOverride.stepAdded(treatment, startWeek, reason, by, clock.instant());
            default -> new PlanOverride(treatment, action, reason, by, clock.instant());
        };
        List<PlanOverride> next = new ArrayList<>(overrides);
        next.removeIf(x -> replacedBy(x, o));
        next.add(o);
        String at = "overrides[" + (next.size() - 1) + "].";
        List<Problem> found = OverrideRules.problems(p, next, "overrides").stream()
                .filter(x -> x.path().startsWith(at))
                .map(x -> x.at(x.path().substring(at.length()))).toList();
        if (found.isEmpty()) {
            overrides.setAll(next);
        }
        return found;
    }

    private static boolean replacedBy(PlanOverride old, PlanOverride o) {
        if (o.action() == PlanOverride.Action.STEP_DROPPED) {
            return old.step() == o.step();
        }
        if (o.action() == PlanOverride.Action.STEP_ADDED) {
            return old.treatment() == o.treatment();
        }
        return old.action() == o.action() && old.step() == o.step();
    }

    /** Changes to the protocol that the plan made now no longer allows (answers changed under them). */
    private List<PlanOverride> stale(Plan p) {
        List<PlanOverride> list = List.copyOf(overrides);
        List<PlanOverride> out = new ArrayList<>();
        for (Problem x : OverrideRules.problems(p, list, "overrides")) {
            int i = Integer.parseInt(x.path().substring("overrides[".length(), x.path().indexOf(']')));
            if (list.get(i).action().onProtocol() && !out.contains(list.get(i))) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    private void override(Treatment t, PlanOverride.Action action, String reason) {
        PlanOverride o = new PlanOverride(t, action, reason.strip(), blankToNull(practitioner.get()), clock.instant());
        List<PlanOverride> next = new ArrayList<>(overrides);
        next.removeIf(x -> x.treatment() == t);
        next.add(o);
        overrides.setAll(next);
    }

    // ---------- intake, problems, plan ----------

    public Intake toIntake() {
        Client client = new Client(blankToNull(firstName.get()), blankToNull(lastName.get()), dateOfBirth.get(),
                blankToNull(phone.get()), blankToNull(email.get()));
        List<Concern> list = concerns.stream().map(ConcernDraft::toConcern).toList();
        Integer type = fitzpatrickType();
        boolean overridden = overrideType.get() != null;
        SkinProfile skin = new SkinProfile(type, sensitivity.get(), conditions.stream().sorted().toList(), score.get(),
                overridden ? blankToNull(overrideReason.get()) : null);
        return new Intake(Intake.FORMAT, client, consultedOn.get(), blankToNull(practitioner.get()), list,
                goodmanGrade.get(), skin, new ActiveAcne(iga.get(), nodulesOrCysts.get()),
                screening.stream().sorted().toList(), blankToNull(goals.get()), blankToNull(notes.get()),
                new ScreeningDetails(isotretinoinStoppedOn.get(), isotretinoinCurrent.get() ? Boolean.TRUE : null))
                .withDates(eventDate.get(), planStartsOn.get());
    }

    /** The consultation as the records keep it: this run's id, the client, the intake, the plan, the overrides. */
    public StoredConsultation toStored() {
        return stored.with(clientId.get(), intake.get(), plan.get(), List.copyOf(overrides));
    }

    /** The parts of the wizard's state the intake does not carry. */
    public DraftExtras extras(int step) {
        return new DraftExtras(answers.stream().map(ObjectProperty::get).toList(), step);
    }

    private void recompute() {
        Integer total = answers.stream().allMatch(a -> a.get() != null) ? Integer.valueOf(sumOfAnswers())
                : carriedScore.get();
        score.set(total);
        Intake in = toIntake();
        IntakeValidator validator = new IntakeValidator(today.get());
        // A final follow-up keeps the plan it was saved with, graded or not.
        List<Problem> found = new ArrayList<>(gradeRequired() ? validator.validateFollowUp(in) : validator.validate(in));
        if (overrideType.get() != null && total == null && isBlank(overrideReason.get())) {
            // Without a questionnaire total the validator has nothing to compare with, but the choice still needs a why.
            found.add(Problem.of("skin.fitzpatrickOverrideReason",
                    ProblemCode.FITZPATRICK_REASON_WITHOUT_QUESTIONNAIRE));
        }
        Collections.sort(found);
        intake.set(in);
        problems.set(List.copyOf(found));
        Plan made = found.isEmpty() ? planFor(in) : null;
        plan.set(made);
        preview.set(made != null ? made : provisionalPlan(in, found));
        if (made != null && !isFinal() && !overrides.isEmpty()) {
            List<PlanOverride> stale = stale(made);
            if (!stale.isEmpty()) {
                LOG.info(() -> stale.size() + " protocol changes no longer fit the plan and were taken back");
                overrides.removeAll(stale);
                stale.stream().filter(o -> !takenBack.contains(o)).forEach(takenBack::add);
            }
        }
        updateChanges();
    }

    private Plan planFor(Intake in) {
        try {
            return planner.get().plan(in);
        } catch (RuntimeException e) {
            // A valid intake the engine cannot plan is a bug; the wizard keeps working and says no plan yet.
            LOG.log(Level.SEVERE, "The planner failed on a valid intake", e);
            return null;
        }
    }

    private Plan provisionalPlan(Intake in, List<Problem> found) {
        // The engine is asked for only once a concern is complete: until then there is nothing to preview.
        return Planner.provisionalIntake(in, found, today.get()).map(this::planFor).orElse(null);
    }

    private int sumOfAnswers() {
        return answers.stream().mapToInt(ObjectProperty::get).sum();
    }

    /**
     * Plans again with the engine as it is now, after the clinic changed its plan calendar. A final consultation keeps
     * the plan it was saved with; a draft whose plan changed counts as changed, so autosave keeps the new plan.
     */
    public void replan() {
        if (isFinal()) {
            return;
        }
        Plan before = plan.get();
        recompute();
        if (!Objects.equals(before, plan.get())) {
            revision.set(revision.get() + 1);
        }
    }

    /** Applies several changes as one: one recomputation, and no revision for the autosave to act on. */
    void quietly(Runnable changes) {
        quiet++;
        try {
            changes.run();
        } finally {
            quiet--;
        }
        recompute();
    }

    private void changed() {
        if (quiet > 0) {
            return;
        }
        recompute();
        revision.set(revision.get() + 1);
    }

    private void watch(Observable... observables) {
        for (Observable o : observables) {
            if (o instanceof ObservableList<?> list) {
                list.addListener((ListChangeListener<Object>) c -> changed());
            } else if (o instanceof ObservableSet<?> set) {
                set.addListener((SetChangeListener<Object>) c -> changed());
            } else if (o instanceof ObservableValue<?> value) {
                value.addListener((v, was, now) -> changed());
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
