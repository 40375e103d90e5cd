package com.clearpath.ui.compare;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.Photos;
import com.clearpath.app.Sessions;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.VisitOutcomes.Visit;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Outcomes and the comparison of visits, for a client's page: {@link #section} makes the outcomes section of one
 * client, whose button opens the comparison window.
 */
public final class Outcomes {
    static final String STYLESHEET = Outcomes.class.getResource("compare.css").toExternalForm();

    private final RecordWords words;
    private final BackgroundTasks tasks;
    private final Photos photos;
    private final Sessions sessions;
    private final Supplier<Window> owner;
    private final String stylesheet;

    public Outcomes(RecordWords words, BackgroundTasks tasks, Photos photos, Sessions sessions,
                    Supplier<Window> owner, String stylesheet) {
        this.words = words;
        this.tasks = tasks;
        this.photos = photos;
        this.sessions = sessions;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    /** The outcomes section of the client whose history this is; its photos and sessions are read now. */
    public Node section(ClientDirectory.History history) {
        StoredClient client = history.client();
        String name = client.client().firstName() + " " + client.client().lastName();
        ClientOutcomes model = new ClientOutcomes(tasks, photos, sessions);
        OutcomesSection section = new OutcomesSection(words, name, model, shown -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double scale = Math.max(1, Screen.getPrimary().getOutputScaleX());
            // Each side takes at most half the screen's width: decode no more pixels than can be seen unzoomed.
            VisitComparison comparison = new VisitComparison(tasks, shown, new PhotoDecoder(photos),
                    screen.getWidth() * scale / 2, screen.getHeight() * scale);
            new CompareWindow(words, tasks, photos, name, comparison, owner.get(), stylesheet).show();
        });
        model.load(client.id(), history.consultations());
        return section.node();
    }

    /** A visit's grade in words: its grade, not graded, or a draft not graded yet. */
    static String grade(Messages text, Visit v) {
        if (v.draft()) {
            return text.get("clients.outcomes.draft");
        }
        return v.grade().map(g -> text.format("clients.outcomes.grade", g))
                .orElse(text.get("clients.outcomes.notGraded"));
    }

    /** A view named as the gallery names it, so the view chosen there is found under the same words here. */
    static String view(Messages text, PhotoView view) {
        return switch (view) {
            case FRONT -> text.get("clients.photos.view.front");
            case LEFT_45 -> text.get("clients.photos.view.leftOblique");
            case RIGHT_45 -> text.get("clients.photos.view.rightOblique");
            case LEFT_PROFILE -> text.get("clients.photos.view.leftProfile");
            case RIGHT_PROFILE -> text.get("clients.photos.view.rightProfile");
            case CLOSE_UP -> text.get("clients.photos.view.closeUp");
        };
    }

    /** Why a photo could not be opened, in the screen's words. */
    static String unreadable(Messages text, Exception error) {
        if (error instanceof Photos.Refused r && r.reason() == PhotoRefusal.FILE_MISSING && r.file().isPresent()) {
            return text.format("clients.compare.unreadable",
                    text.format("clients.compare.photoMissing", r.file().get()));
        }
        return text.format("clients.compare.unreadable", RecordWords.failure(text, error));
    }
}
