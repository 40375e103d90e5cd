package com.clearpath.ui.consent;

import com.clearpath.app.Consents;
import com.clearpath.domain.Client;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Language;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.Documents;
import com.clearpath.ui.records.RecordWords;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Makes the treatment-consents part of a consultation's page: a final consultation gets the consents signed in it and
 * where each procedure of its plan stands; a draft has no agreed plan to consent to, so gets nothing.
 */
public final class ConsentsSection {
    private final ConsentWords words;
    private final BackgroundTasks tasks;
    private final Consents consents;
    private final Documents documents;
    private final ZoneId zone;
    private final Supplier<Window> owner;
    private final String stylesheet;
    private final Supplier<Language> language;
    private final Consumer<String> notice;

    /**
     * {@code language} is the one the client reads and signs in; {@code documents} prints and saves an opened
     * consent as handouts are.
     */
    public ConsentsSection(RecordWords words, BackgroundTasks tasks, Consents consents, Documents documents,
                           ZoneId zone, Supplier<Window> owner, String stylesheet, Supplier<Language> language,
                           Consumer<String> notice) {
        this.words = new ConsentWords(words, zone);
        this.tasks = tasks;
        this.consents = consents;
        this.documents = documents;
        this.zone = zone;
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.language = language;
        this.notice = notice;
    }

    /** The part to add to {@code k}'s page, which reads the records in the background; none for a draft. */
    public Optional<Node> forConsultation(StoredConsultation k) {
        if (k.status() != ConsultationStatus.FINAL || k.plan() == null) {
            return Optional.empty();
        }
        ConsentsModel model = new ConsentsModel(tasks, consents, k.id(), k.clientId(), zone);
        Messages text = words.text();
        Client client = k.intake().client();
        String name = (client.firstName().strip() + " " + client.lastName().strip()).strip();
        ConsentsPanel panel = new ConsentsPanel(words, model, new Dialogs(text, owner, stylesheet),
                new ConsentsPanel.Windows() {
                    @Override
                    public void sign(ConsentReading reading, Messages clientWords, Consumer<Signed> onSigned) {
                        ConsentSigningWindow.open(owner.get(), stylesheet, clientWords, text, reading, onSigned);
                    }

                    @Override
                    public void show(ConsentStanding standing, byte[] pdf) {
                        ConsentPreview.open(owner.get(), stylesheet, text, tasks, documents, standing, pdf,
                                words.fileName(standing), notice);
                    }
                }, language, name);
        model.load();
        return Optional.of(panel.node());
    }
}
