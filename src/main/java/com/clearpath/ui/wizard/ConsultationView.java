package com.clearpath.ui.wizard;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.document.DocumentKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.KeptDraft;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.ViewHeader;
import com.clearpath.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * "New consultation": the wizard for one consultation at a time. Each run gets a fresh {@link ConsultationDraft},
 * its pages and its autosave; starting another consultation keeps the previous one as an unfinished draft, which
 * step one then offers to resume.
 */
public final class ConsultationView implements MainWindow.Consultations {
    private static final Logger LOG = Logger.getLogger(ConsultationView.class.getName());
    /** How long after a consultation starts the steps not on screen begin to be built. */
    private static final Duration PREPARE_AFTER = Duration.millis(600);

    private final WizardText text;
    private final WizardFrame frame;
    private final WizardServices services;
    private final VBox root = new VBox();
    private final Label date = new Label();
    private final Label saveState = new Label();
    private final Label subtitle = new Label();
    private final String defaultSubtitle;
    /** A draft asked for by another screen and still being read from the records. */
    private UUID pendingDraft;
    private final UnfinishedConsultations unfinished;
    private Run run;
    /**
     * Kept from one consultation to the next, and across restarts per workstation: usually the same person sees the
     * next client at this computer.
     */
    private String lastPractitioner = "";
    private String rememberedPractitioner = "";

    /** One consultation in the wizard: its draft, pages, preview and autosave. */
    private record Run(ConsultationDraft draft, DraftSaver saver, List<LazyPage> pages, Supplier<PlanPreview> preview,
                       boolean restored) {
    }

    public ConsultationView(Messages messages, WizardFrame frame, WizardServices services) {
        this.text = new WizardText(messages, () -> services.catalog());
        this.frame = frame;
        this.services = services;
        date.getStyleClass().add("view-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        saveState.getStyleClass().add("save-state");
        saveState.setId("wizard-save-state");
        saveState.setMinWidth(Region.USE_PREF_SIZE);
        VBox trailing = new VBox(date, saveState);
        trailing.getStyleClass().add("consultation-trailing");
        unfinished = new UnfinishedConsultations(services, text, this::open, this::openKept);
        root.getStyleClass().addAll("view", "consultation-view");
        root.setId("view-new-consultation");
        defaultSubtitle = messages.get("consultation.subtitle");
        subtitle.setId("consultation-subtitle");
        subtitle.setText(defaultSubtitle);
        root.getChildren().addAll(ViewHeader.create(messages.get("consultation.title"), subtitle, trailing),
                unfinished.node(), frame.node());
        VBox.setVgrow(frame.node(), Priority.ALWAYS);

        frame.currentStepProperty().addListener((o, was, now) -> stepChanged(was.intValue(), now.intValue()));
        frame.setOnFinish(this::finished);
        // Offered at start once the records are open, and again after a restore reopens them.
        services.records().status().addListener((o, was, now) -> {
            if (now instanceof DatabaseStatus.Ready) {
                refreshUnfinished();
            }
        });
        flushWhenTheWindowCloses();
        start(ConsultationDraft.fresh(services.planner(), services.today(), services.clock()), false, Step.CLIENT);
        recallPractitioner();
        // Drafts kept as files are offered even while the records cannot be opened.
        refreshUnfinished();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        frame.focusPage();
    }

    /**
     * Starts a new consultation on step one. Answers already entered are not lost: they stay saved as an
     * unfinished consultation, and a notice says so.
     */
    @Override
    public void restart() {
        pendingDraft = null;
        subtitle.setText(defaultSubtitle);
        leaveCurrent();
        start(ConsultationDraft.fresh(services.planner(), services.today(), services.clock()), false, Step.CLIENT);
        refreshUnfinished();
    }

    /**
     * Continues a draft the records hold (a follow-up or a correction started from a client's history);
     * {@code context} (whose, and why) goes in the header while it is open.
     */
    @Override
    public void continueDraft(UUID id, String context) {
        pendingDraft = id;
        subtitle.setText(context);
        services.tasks().run(() -> services.consultations().open(id), found -> {
            if (id.equals(pendingDraft)) {
                found.ifPresent(this::open);
            }
        }, error -> LOG.log(Level.WARNING, "Could not open the draft handed to the wizard", error));
    }

    /** The stored draft this view continues (a follow-up, a correction or a resumed one); empty for a new one. */
    public Optional<UUID> draftId() {
        if (pendingDraft != null) {
            return Optional.of(pendingDraft);
        }
        return run != null && run.restored() ? Optional.of(run.draft().id()) : Optional.empty();
    }

    /** The line under the title: what this consultation is, when another screen said so. */
    public String subtitle() {
        return subtitle.getText();
    }

    /**
     * Opens a saved consultation in the wizard, e.g. an unfinished one or a follow-up started from a client's
     * history: every answer comes back, on the step where it was left. A final one opens read-only on the summary.
     */
    public void open(StoredConsultation consultation) {
        services.tasks().run(() -> new Opening(services.consultations().extras(consultation.id()), followed(consultation)),
                o -> show(consultation, o.extras(), o.earlier()),
                error -> show(consultation, Optional.empty(), Optional.empty()));
    }

    /**
     * Opens a draft kept as a file at a quit when the records could not take it: the same draft, or one of its own
     * when the records moved on meanwhile (see Consultations.resumeKept). The file goes once the draft is saved.
     */
    void openKept(KeptDraft kept) {
        StoredConsultation k = kept.consultation();
        services.tasks().run(() -> services.consultations().resumeKept(kept), toOpen -> {
            show(toOpen, Optional.of(new DraftExtras(kept.answers(), k.step() == null ? 0 : k.step())), Optional.empty());
            if (run != null && run.draft().id().equals(toOpen.id())) {
                run.saver().afterFirstSave(() -> forgetKept(k.id()));
                // Saved straight away: until then the answers exist only in the file and on screen.
                run.saver().stepChanged();
            }
        }, error -> {
            // The records are not open: the kept answers are shown as they are and saved once the records open.
            LOG.log(Level.WARNING, "Could not check the records for a kept draft", error);
            show(k, Optional.of(new DraftExtras(kept.answers(), k.step() == null ? 0 : k.step())), Optional.empty());
            if (run != null && run.draft().id().equals(k.id())) {
                run.saver().afterFirstSave(() -> forgetKept(k.id()));
                run.saver().stepChanged();
            }
        });
    }

    private void forgetKept(UUID id) {
        services.tasks().run(() -> {
            services.consultations().forgetKept(id);
            return id;
        }, gone -> refreshUnfinished(), error -> LOG.log(Level.WARNING, "Could not remove a kept draft's file", error));
    }

    /**
     * Before the app quits: saves what is pending; {@code saved} runs when everything reached the records,
     * {@code failed} with the reason when it did not (then the answers can still be kept as a file).
     */
    public void flushForQuit(Runnable saved, Consumer<Exception> failed) {
        rememberPractitioner();
        run.saver().flushThen(saved, failed);
    }

    /** Keeps the consultation on screen as a file in the data folder; offered again at the next start. */
    public void keepAsFile(Consumer<Path> done, Consumer<Exception> failed) {
        StoredConsultation snapshot = run.saver().snapshot();
        List<Integer> answers = run.draft().extras(0).answers();
        services.tasks().run(() -> services.consultations().keep(snapshot, answers), done::accept, failed::accept);
    }

    /** What a saved consultation opens with besides its answers: its questionnaire answers, the visit it follows. */
    private record Opening(Optional<DraftExtras> extras, Optional<StoredConsultation> earlier) {
    }

    /** The visit a consultation follows, read in the background; without it the wizard just shows no comparison. */
    private Optional<StoredConsultation> followed(StoredConsultation consultation) {
        try {
            return services.consultations().followedVisit(consultation.id());
        } catch (RecordsFailure e) {
            LOG.log(Level.WARNING, "Could not read the visit a consultation follows", e);
            return Optional.empty();
        }
    }

    private void show(StoredConsultation consultation, Optional<DraftExtras> extras,
                      Optional<StoredConsultation> earlier) {
        if (run != null && run.draft().id().equals(consultation.id())) {
            return;
        }
        if (pendingDraft != null && !pendingDraft.equals(consultation.id())) {
            // Another screen asked for a different draft meanwhile; that one wins.
            return;
        }
        if (pendingDraft == null) {
            subtitle.setText(defaultSubtitle);
        }
        pendingDraft = null;
        leaveCurrent();
        ConsultationDraft draft = ConsultationDraft.restore(services.planner(), services.today(), services.clock(),
                consultation, extras);
        draft.follows(earlier);
        Step step = consultation.status() == ConsultationStatus.FINAL ? Step.SUMMARY
                : resumeStep(Optional.ofNullable(consultation.step()).or(() -> extras.map(DraftExtras::step)), draft);
        start(draft, true, step);
        unfinished.setWanted(false);
        shown();
    }

    /**
     * Where a resumed draft opens: the step it was left on, unless an earlier step has a gap (it never skips past
     * one); a draft whose step is not known opens at its first gap, or at the plan.
     */
    static Step resumeStep(Optional<Integer> saved, ConsultationDraft draft) {
        Step gap = firstIncompleteStep(draft);
        return Step.at(saved.map(s -> Math.min(s, gap.ordinal())).orElse(Math.min(gap.ordinal(), Step.PLAN.ordinal())));
    }

    /** The first step whose answers are not complete (the summary when none is), so a resume never skips a gap. */
    static Step firstIncompleteStep(ConsultationDraft draft) {
        for (Step step : Step.values()) {
            if (!draft.problemsAt(step.paths()).isEmpty()) {
                return step;
            }
        }
        return Step.SUMMARY;
    }

    @Override
    public void back() {
        frame.back();
    }

    public WizardFrame frame() {
        return frame;
    }

    /** The consultation in the wizard now. */
    public ConsultationDraft draft() {
        return run.draft();
    }

    /** The consultation on screen plans again (the clinic's plan calendar changed); a final one keeps its plan. */
    public void replan() {
        if (run != null) {
            run.draft().replan();
        }
    }

    /** Saves at once whatever autosave has not written yet. */
    public void saveNow() {
        run.saver().flush();
    }

    /** Saves the patient handout of the consultation on screen to {@code file}, as the button does after its chooser. */
    public void saveHandout(Language language, Path file,
                            Consumer<Path> done) {
        summaryPage().saveDocument(DocumentKind.HANDOUT, language, file, done);
    }

    /** Saves the clinician summary of the consultation on screen to {@code file}. */
    public void saveClinicianSummary(Path file, Consumer<Path> done) {
        summaryPage().saveDocument(DocumentKind.CLINICIAN_SUMMARY, Language.EN, file,
                done);
    }

    /** Writes the final consultation's visits as a calendar file, as the Summary step's button does after its chooser. */
    public void saveVisits(Path file) {
        summaryPage().saveVisits(file);
    }

    private SummaryPage summaryPage() {
        return (SummaryPage) run.pages().get(Step.SUMMARY.ordinal()).page();
    }

    private void leaveCurrent() {
        if (run == null) {
            return;
        }
        rememberPractitioner();
        if (run.saver().keepsADraft()) {
            services.notices().accept(text.get("wizard.kept"));
        }
        run.saver().stop();
    }

    private void start(ConsultationDraft draft, boolean restored, Step step) {
        if (!restored && draft.practitionerProperty().get().isBlank() && !lastPractitioner.isBlank()) {
            draft.quietly(() -> draft.practitionerProperty().set(lastPractitioner));
        }
        DraftSaver saver = new DraftSaver(draft, services, text, () -> frame.currentStepProperty().get(), restored);
        SummaryDocuments documents = new SummaryDocuments(draft, services, text);
        // Only the step on screen is built now; the rest follow in idle moments (see prepareOtherSteps).
        List<LazyPage> pages = Arrays.stream(Step.values()).map(s -> new LazyPage(text.get(s.titleKey()),
                switch (s) {
                    case CLIENT -> () -> new ClientPage(draft, services, text);
                    case CONCERNS -> () -> new ConcernsPage(draft, text);
                    case SKIN -> () -> new SkinPage(draft, text);
                    case SCREENING -> () -> new ScreeningPage(draft, text);
                    case PLAN -> () -> new PlanPage(draft, text, services.catalog());
                    case SUMMARY -> () -> new SummaryPage(draft, text, documents,
                            (done, failed) -> saver.finalise(k -> {
                                services.notices().accept(text.get("wizard.finalised"));
                                done.run();
                            }, failed), services);
                })).toList();
        PlanPreview[] made = {null};
        Supplier<PlanPreview> preview = () -> {
            if (made[0] == null) {
                made[0] = new PlanPreview(draft, text, services.catalog());
            }
            return made[0];
        };
        run = new Run(draft, saver, pages, preview, restored);
        saveState.textProperty().bind(saver.statusProperty());
        saveState.accessibleTextProperty().bind(saver.statusProperty());
        draft.revisionProperty().addListener((o, was, now) -> draftChanged());
        date.setText(draft.consultedOnProperty().get() == null ? ""
                : draft.consultedOnProperty().get().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(text.locale())));
        frame.begin(List.copyOf(pages), step.ordinal());
        updateAside(frame.currentStepProperty().get());
        prepareOtherSteps(run);
        unfinished.setWanted(!restored && draft.revisionProperty().get() == 0);
    }

    private void draftChanged() {
        // Once something is entered the offer to resume another consultation has had its moment.
        if (run != null && !run.restored()) {
            unfinished.setWanted(run.draft().revisionProperty().get() == 0);
        }
    }

    private void stepChanged(int was, int now) {
        if (run == null || now < 0) {
            return;
        }
        if (was == Step.CLIENT.ordinal() && now > Step.CLIENT.ordinal()) {
            rememberPractitioner();
        }
        run.saver().stepChanged();
        updateAside(now);
    }

    private void updateAside(int step) {
        frame.setAside(Step.at(step).showsPreview() ? run.preview().get().node() : null);
    }

    /**
     * Builds the steps not yet on screen, one per idle moment after a short pause, so that the window comes up with
     * only what it shows and Next is still instant later. Stops if another consultation has taken over.
     */
    private void prepareOtherSteps(Run forRun) {
        PauseTransition pause = new PauseTransition(PREPARE_AFTER);
        pause.setOnFinished(e -> prepareNext(forRun));
        pause.play();
    }

    private void prepareNext(Run forRun) {
        if (run != forRun) {
            return;
        }
        for (LazyPage page : forRun.pages()) {
            if (!page.made()) {
                page.page();
                Platform.runLater(() -> prepareNext(forRun));
                return;
            }
        }
        forRun.preview().get();
    }

    private void finished() {
        services.notices().accept(text.messages().get("consultation.finished"));
        restart();
        shown();
    }

    /** The practitioner last named at this workstation, read once at start for the first consultation. */
    private void recallPractitioner() {
        services.tasks().run(() -> services.consultations().lastPractitioner(), name -> {
            rememberedPractitioner = name;
            if (lastPractitioner.isBlank() && !name.isBlank()) {
                lastPractitioner = name;
                ConsultationDraft d = run.draft();
                if (!run.restored() && d.practitionerProperty().get().isBlank() && d.revisionProperty().get() == 0) {
                    d.quietly(() -> d.practitionerProperty().set(name));
                }
            }
        }, error -> LOG.log(Level.WARNING, "Could not read the last practitioner of this workstation", error));
    }

    /** Keeps the practitioner named in the consultation on screen for the next one, and in the settings. */
    private void rememberPractitioner() {
        String practitioner = run == null ? null : run.draft().practitionerProperty().get();
        if (practitioner == null || practitioner.isBlank()) {
            return;
        }
        String name = practitioner.strip();
        lastPractitioner = name;
        if (name.equals(rememberedPractitioner)) {
            return;
        }
        rememberedPractitioner = name;
        services.tasks().run(() -> {
            services.consultations().rememberPractitioner(name);
            return name;
        }, saved -> {
        }, error -> LOG.log(Level.WARNING, "Could not remember the practitioner for this workstation", error));
    }

    private void refreshUnfinished() {
        unfinished.refresh(() -> run == null ? null : run.draft().id());
    }

    /** Closing the window must not drop the last second of typing: whatever is pending is saved straight away. */
    private void flushWhenTheWindowCloses() {
        ChangeListener<Boolean> showing = (o, was, now) -> {
            if (!now && run != null) {
                run.saver().flush();
            }
        };
        // The view leaves and rejoins the scene as the navigation switches views; the window is watched once.
        boolean[] watching = {false};
        ChangeListener<Window> windows = (o, was, now) -> {
            if (now != null && !watching[0]) {
                watching[0] = true;
                now.showingProperty().addListener(showing);
            }
        };
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null && !watching[0]) {
                now.windowProperty().addListener(windows);
                windows.changed(now.windowProperty(), null, now.getWindow());
            }
        });
    }

    UUID currentId() {
        return run.draft().id();
    }
}
