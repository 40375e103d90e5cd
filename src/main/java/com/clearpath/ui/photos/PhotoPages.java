package com.clearpath.ui.photos;

import com.clearpath.app.Consents;
import com.clearpath.app.Photos;
import com.clearpath.engine.PhotoConsentText;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.compare.PhotoDecoder;
import com.clearpath.ui.records.RecordWords;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The photo parts of the Clients pages: the photo consent card on a client's page and the gallery on a
 * consultation's page (a photo opens large from it). Each call builds a fresh part that reads what it shows in the
 * background.
 */
public final class PhotoPages {
    private final PhotoWords words;
    private final BackgroundTasks tasks;
    private final Photos photos;
    private final Supplier<PhotoConsentText> texts;
    private final String actor;

    /**
     * {@code consents} gives the photo consent text in use (the clinic's override applied), shown on the card;
     * {@code actor} is who the records name as having recorded a consent or deleted a photo, by default.
     */
    public PhotoPages(RecordWords words, BackgroundTasks tasks, Photos photos, Consents consents, String actor) {
        this.words = new PhotoWords(words);
        this.tasks = tasks;
        this.photos = photos;
        this.texts = () -> consents.texts().texts().photo();
        this.actor = actor;
    }

    /** The client's photo consent, with the form to record it. */
    public Node consentCard(UUID clientId) {
        PhotoConsentModel model = new PhotoConsentModel(tasks, photos, texts, clientId, actor);
        PhotoConsentCard card = new PhotoConsentCard(words, model);
        model.load();
        return card.node();
    }

    /** The consultation's photos; {@code clientId} is null when its client is not in the records yet. */
    public Node gallery(UUID consultationId, UUID clientId) {
        GalleryModel model = new GalleryModel(tasks, photos, consultationId, clientId, actor);
        PhotoConsentModel consent = clientId == null ? null
                : new PhotoConsentModel(tasks, photos, texts, clientId, actor);
        PhotoConsentCard card = consent == null ? null : new PhotoConsentCard(words, consent);
        if (consent != null) {
            consent.onRecorded(model::consentChanged);
            consent.load();
        }
        GalleryView view = new GalleryView(words, model, card, new PhotoDecoder(photos)::decode);
        model.load();
        return view.node();
    }
}
