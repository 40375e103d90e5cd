package com.clearpath.ui.consent;

import com.clearpath.app.Consents;
import com.clearpath.domain.ConsentRefusal;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.Language;
import com.clearpath.domain.Treatment;
import com.clearpath.ui.common.BackgroundTasks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The consents part of a final consultation's page: the consents signed in it, and for each procedure of the agreed
 * plan whether the client's consent covers it today. Signing, opening and withdrawing go to {@link Consents} in the
 * background; what came of the last one is {@link #outcomeProperty()}.
 */
public final class ConsentsModel {

    public enum State { LOADING, READY, FAILED }

    /** Where a procedure of the plan stands for the client today. */
    public enum Cover { COVERED, NOT_YET, EXPIRED, WITHDRAWN }

    /**
     * One procedure of the agreed plan: {@code on} is the day it is due to be signed again (covered), the day it
     * expired (expired), or the day it was withdrawn.
     */
    public record Coverage(Treatment treatment, Cover cover, Optional<LocalDate> on) {
    }

    /** What came of the last action. */
    public sealed interface Outcome {
    }

    public record Kept(ConsentStanding standing) implements Outcome {
    }

    public record Withdrawn(ConsentStanding standing) implements Outcome {
    }

    /** Refused by the records' rules; {@code treatment} names the procedure it is about, if one. */
    public record Refused(ConsentRefusal reason, Optional<Treatment> treatment) implements Outcome {
    }

    public record Failed(Exception error) implements Outcome {
    }

    private record Loaded(List<ConsentStanding> signed, List<Coverage> coverage) {
    }

    private final BackgroundTasks tasks;
    private final Consents consents;
    private final UUID consultationId;
    private final UUID clientId;
    private final ZoneId zone;
    private final ObservableList<ConsentStanding> signed = FXCollections.observableArrayList();
    private final ObservableList<Coverage> coverage = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<Exception> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<Outcome>> outcome = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Boolean> busy = new SimpleObjectProperty<>(false);
    private final ObservableMap<UUID, Consents.FileState> files = FXCollections.observableHashMap();

    /** {@code clientId} is null for a consultation that names no client: nothing can be signed then. */
    public ConsentsModel(BackgroundTasks tasks, Consents consents, UUID consultationId, UUID clientId, ZoneId zone) {
        this.tasks = tasks;
        this.consents = consents;
        this.consultationId = consultationId;
        this.clientId = clientId;
        this.zone = zone;
    }

    public ObservableList<ConsentStanding> signed() {
        return signed;
    }

    public ObservableList<Coverage> coverage() {
        return coverage;
    }

    /** How each consent's file was found when last opened: a changed or missing one is never shown as valid. */
    public ObservableMap<UUID, Consents.FileState> files() {
        return files;
    }

    /** Whether {@code s} may be shown as valid: valid today and its file not found changed or missing. */
    public boolean trusted(ConsentStanding s) {
        return s.valid() && files.getOrDefault(s.consent().id(), Consents.FileState.INTACT) == Consents.FileState.INTACT;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<Exception> failureProperty() {
        return failure;
    }

    public ReadOnlyObjectProperty<Optional<Outcome>> outcomeProperty() {
        return outcome;
    }

    /** Whether a signing, an opening or a withdrawal is under way. */
    public ReadOnlyObjectProperty<Boolean> busyProperty() {
        return busy;
    }

    public UUID consultationId() {
        return consultationId;
    }

    /** Reads the consents and the plan's coverage. */
    public void load() {
        tasks.run(this::read, loaded -> {
            signed.setAll(loaded.signed());
            coverage.setAll(loaded.coverage());
            state.set(State.READY);
        }, error -> {
            failure.set(error);
            state.set(State.FAILED);
        });
    }

    /** The procedures of the agreed plan the client has no valid consent to yet, in the plan's order. */
    public List<Treatment> toSign() {
        return coverage.stream().filter(c -> c.cover() != Cover.COVERED).map(Coverage::treatment).toList();
    }

    /** Whether there is something to sign and someone to sign it. */
    public boolean canSign() {
        return clientId != null && state.get() == State.READY && !toSign().isEmpty() && !busy.get();
    }

    /** The texts of {@link #toSign()} in {@code language}, read in the background, to {@code then}. */
    public void texts(Language language, Consumer<Consents.Texts> then) {
        List<Treatment> treatments = toSign();
        if (treatments.isEmpty()) {
            outcome.set(Optional.of(new Refused(ConsentRefusal.NO_TREATMENTS, Optional.empty())));
            return;
        }
        tasks.run(() -> consents.textsFor(treatments, language), texts -> {
            if (!texts.withoutText().isEmpty()) {
                outcome.set(Optional.of(new Refused(ConsentRefusal.NO_TEXT,
                        Optional.of(texts.withoutText().get(0)))));
                return;
            }
            then.accept(texts);
        }, this::failed);
    }

    /** Keeps the consent the client signed on screen to {@code treatments}, in {@code language}. */
    public void sign(List<Treatment> treatments, Language language, Signed on) {
        List<Treatment> chosen = List.copyOf(treatments);
        busy.set(true);
        outcome.set(Optional.empty());
        tasks.run(() -> consents.sign(consultationId, chosen, language, on.client(), on.practitionerName(),
                on.practitioner()), standing -> {
                    busy.set(false);
                    outcome.set(Optional.of(new Kept(standing)));
                    load();
                }, this::failed);
    }

    /** Opens a signed consent with its file checked, to {@code then}. */
    public void open(UUID consentId, Consumer<Consents.Opened> then) {
        busy.set(true);
        outcome.set(Optional.empty());
        tasks.run(() -> consents.open(consentId), opened -> {
            busy.set(false);
            files.put(consentId, opened.file());
            then.accept(opened);
        }, this::failed);
    }

    /** Records that the client took the consent back, for {@code reason}. */
    public void withdraw(UUID consentId, String reason) {
        busy.set(true);
        outcome.set(Optional.empty());
        tasks.run(() -> consents.withdraw(consentId, reason), standing -> {
            busy.set(false);
            outcome.set(Optional.of(new Withdrawn(standing)));
            load();
        }, this::failed);
    }

    private void failed(Exception error) {
        busy.set(false);
        outcome.set(Optional.of(error instanceof Consents.Refused r ? new Refused(r.reason(), r.treatment())
                : new Failed(error)));
    }

    private Loaded read() throws Exception {
        List<ConsentStanding> here = consents.forConsultation(consultationId);
        List<Coverage> out = new ArrayList<>();
        // Home care (a cream the client applies) is not a procedure performed here: no consent is signed for it.
        for (Treatment t : consents.agreedTreatments(consultationId).stream().filter(Treatment::procedure).toList()) {
            Optional<ConsentStanding> cover = clientId == null ? Optional.empty() : consents.coverFor(clientId, t);
            out.add(cover.map(c -> switch (c.state()) {
                case VALID -> new Coverage(t, Cover.COVERED, Optional.of(c.dueOn()));
                case EXPIRED -> new Coverage(t, Cover.EXPIRED, Optional.of(c.dueOn()));
                case WITHDRAWN -> new Coverage(t, Cover.WITHDRAWN,
                        c.withdrawal().map(w -> w.at().atZone(zone).toLocalDate()));
            }).orElse(new Coverage(t, Cover.NOT_YET, Optional.empty())));
        }
        return new Loaded(here, out);
    }
}
