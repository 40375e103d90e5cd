package com.clearpath.ui.compare;

import com.clearpath.app.Photos;
import com.clearpath.app.Sessions;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.Photo;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.VisitOutcomes;
import com.clearpath.domain.VisitOutcomes.Change;
import com.clearpath.domain.VisitOutcomes.Visit;
import com.clearpath.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a client's outcomes section shows: their visits with grade, sessions since the visit before and photos, and
 * the change of grade since the first graded visit. The photos and sessions are read in the background.
 */
public final class ClientOutcomes {

    /** What the section shows now. */
    public sealed interface State permits Loading, Shown, Failed {
    }

    public record Loading() implements State {
    }

    /** The client's record as read: the visits, the change, and every photo and session behind them. */
    public record Shown(List<Visit> visits, Optional<Change> change, List<Photo> photos,
                        List<RecordedSession> sessions) implements State {
        public Shown {
            visits = List.copyOf(visits);
            photos = List.copyOf(photos);
            sessions = List.copyOf(sessions);
        }
    }

    public record Failed(Exception error) implements State {
    }

    private final BackgroundTasks tasks;
    private final Photos photos;
    private final Sessions sessions;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(new Loading());

    public ClientOutcomes(BackgroundTasks tasks, Photos photos, Sessions sessions) {
        this.tasks = tasks;
        this.photos = photos;
        this.sessions = sessions;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** Reads the photos and sessions of the client whose consultations these are. */
    public void load(UUID clientId, List<ConsultationSummary> consultations) {
        state.set(new Loading());
        List<ConsultationSummary> mine = List.copyOf(consultations);
        tasks.run(() -> {
            List<Photo> shots = photos.listForClient(clientId);
            List<RecordedSession> done = new ArrayList<>();
            for (ConsultationSummary c : mine) {
                done.addAll(sessions.current(c.id()));
            }
            done.sort(Comparator.comparing(s -> s.session().performedOn()));
            List<Visit> visits = VisitOutcomes.timeline(mine, shots, done);
            return new Shown(visits, VisitOutcomes.change(visits), shots, done);
        }, state::set, e -> state.set(new Failed(e)));
    }
}
