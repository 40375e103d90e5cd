package com.clearpath.ui.sessions;

import com.clearpath.app.Sessions;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.records.RecordWords;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Makes the treatment-sessions part of a consultation's page: a final consultation gets its plan's progress, its
 * session log and the form to log a session; a draft has no agreed plan yet, so gets nothing.
 */
public final class SessionsSection {
    private final SessionWords words;
    private final BackgroundTasks tasks;
    private final Sessions sessions;
    private final Supplier<LocalDate> today;

    public SessionsSection(RecordWords words, BackgroundTasks tasks, Sessions sessions, Supplier<LocalDate> today) {
        this.words = new SessionWords(words);
        this.tasks = tasks;
        this.sessions = sessions;
        this.today = today;
    }

    /** The part to add to {@code k}'s page, which reads the records in the background; none for a draft. */
    public Optional<Node> forConsultation(StoredConsultation k) {
        if (k.status() != ConsultationStatus.FINAL || k.plan() == null) {
            return Optional.empty();
        }
        SessionLog log = new SessionLog(tasks, sessions, k.id(), k.intake().practitioner(), today,
                words.records().text().language(), words::setting);
        SessionsPanel panel = new SessionsPanel(words, log);
        log.load();
        return Optional.of(panel.node());
    }
}
