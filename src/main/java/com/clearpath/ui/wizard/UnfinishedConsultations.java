package com.clearpath.ui.wizard;

import com.clearpath.app.Consultations;
import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.KeptDraft;
import com.clearpath.domain.StoredConsultation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The offer to pick up where a consultation was left: after a crash, a close, or starting another one. Listed above
 * step one while nothing has been entered in the new consultation; each can be resumed (every answer comes back)
 * or discarded after a confirmation.
 */
final class UnfinishedConsultations {
    static final int SHOWN = 5;
    private static final Logger LOG = Logger.getLogger(UnfinishedConsultations.class.getName());

    /** One unfinished consultation as listed; {@code kept} is set for one kept as a file at a quit. */
    record Entry(UUID id, String name, String when, String concerns, KeptDraft kept) {
        String key() {
            return (kept != null ? "kept-" : "") + id;
        }
    }

    private final WizardServices services;
    private final WizardText text;
    private final Consumer<StoredConsultation> resume;
    private final Consumer<KeptDraft> resumeKept;
    private final VBox root = new VBox();
    private final VBox list = new VBox();
    private final Label title = new Label();
    private List<Entry> entries = List.of();
    private boolean dismissed;
    private boolean wanted;

    UnfinishedConsultations(WizardServices services, WizardText text, Consumer<StoredConsultation> resume,
                            Consumer<KeptDraft> resumeKept) {
        this.services = services;
        this.text = text;
        this.resume = resume;
        this.resumeKept = resumeKept;
        root.getStyleClass().add("unfinished");
        root.setId("unfinished");
        title.getStyleClass().add("notice-title");
        title.setId("unfinished-title");
        Button notNow = new Button(text.get("wizard.unfinished.dismiss"));
        notNow.setId("unfinished-dismiss");
        Forms.named(notNow, Forms.plain(text.get("wizard.unfinished.dismiss")));
        notNow.getStyleClass().add("flat");
        notNow.setOnAction(e -> {
            dismissed = true;
            update();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, notNow);
        top.setAlignment(Pos.CENTER_LEFT);
        list.getStyleClass().add("unfinished-list");
        root.getChildren().addAll(top, list);
        update();
    }

    Node node() {
        return root;
    }

    /** Whether the wizard would like the list on screen now (only before anything is entered). */
    void setWanted(boolean wanted) {
        this.wanted = wanted;
        update();
    }

    /** Reads the unfinished consultations again, leaving out the one in the wizard. */
    void refresh(Supplier<UUID> current) {
        Consultations consultations = services.consultations();
        boolean ready = services.ready();
        UUID skip = current.get();
        services.tasks().run(() -> {
            List<Entry> found = new ArrayList<>();
            for (KeptDraft k : consultations.kept()) {
                if (!k.consultation().id().equals(skip)) {
                    found.add(keptEntry(k));
                }
            }
            if (!ready) {
                return found;
            }
            // At least one from the records even when many are kept as files: those are listed in full.
            for (Consultations.Unfinished u : consultations.unfinished(skip, Math.max(1, SHOWN - found.size()))) {
                found.add(entry(u.summary(), u.consultation()));
            }
            return found;
        }, found -> {
            dismissed = false;
            entries = found;
            update();
        }, error -> LOG.log(Level.WARNING, "Could not list unfinished consultations", error));
    }

    private Entry entry(ConsultationSummary s, StoredConsultation k) {
        Client c = k.intake().client();
        String name = s.clientName();
        if ((name == null || name.isBlank()) && c != null) {
            name = (orEmpty(c.firstName()) + " " + orEmpty(c.lastName())).strip();
        }
        if (name == null || name.isBlank()) {
            name = text.get("wizard.unfinished.unnamed");
        }
        String when = s.updatedAt().atZone(ZoneId.systemDefault()).format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(text.locale()));
        String concerns = s.mainConcerns() == null || s.mainConcerns().isBlank() ? "" : Arrays.stream(
                s.mainConcerns().split(",")).map(code -> {
                    try {
                        return text.kind(ConcernKind.valueOf(code.strip()));
                    } catch (IllegalArgumentException e) {
                        return code;
                    }
                }).collect(Collectors.joining(", "));
        return new Entry(s.id(), name, when, concerns, null);
    }

    private Entry keptEntry(KeptDraft k) {
        Client c = k.consultation().intake().client();
        String name = c == null ? "" : (orEmpty(c.firstName()) + " " + orEmpty(c.lastName())).strip();
        if (name.isBlank()) {
            name = text.get("wizard.unfinished.unnamed");
        }
        String when = k.keptAt().atZone(ZoneId.systemDefault()).format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(text.locale()));
        return new Entry(k.consultation().id(), name, when, "", k);
    }

    private void update() {
        boolean show = wanted && !dismissed && !entries.isEmpty();
        root.setVisible(show);
        root.setManaged(show);
        title.setText(text.format("wizard.unfinished.title", entries.size()));
        list.getChildren().clear();
        for (Entry e : entries) {
            list.getChildren().add(row(e));
        }
    }

    private Node row(Entry e) {
        Label name = new Label(e.name());
        name.getStyleClass().add("unfinished-name");
        Label details = new Label(e.kept() != null ? text.format("wizard.unfinished.kept", e.when())
                : e.concerns().isEmpty() ? text.format("wizard.unfinished.saved", e.when())
                : text.format("wizard.unfinished.details", e.when(), e.concerns()));
        details.getStyleClass().add("form-hint");
        details.setWrapText(true);
        VBox words = new VBox(name, details);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button open = new Button(text.get("wizard.unfinished.resume"));
        open.setId("unfinished-resume-" + e.key());
        open.getStyleClass().add("accent");
        Forms.named(open, text.format("wizard.unfinished.resume.accessible", e.name()));
        open.setOnAction(x -> {
            if (e.kept() != null) {
                entries = entries.stream().filter(y -> !y.key().equals(e.key())).toList();
                resumeKept.accept(e.kept());
            } else {
                open(e.id());
            }
        });
        Button discard = new Button(text.get("wizard.unfinished.discard"));
        discard.setId("unfinished-discard-" + e.key());
        discard.getStyleClass().add("flat");
        Forms.named(discard, text.format("wizard.unfinished.discard.accessible", e.name()));
        HBox row = new HBox(words, open, discard);
        row.getStyleClass().add("unfinished-row");
        row.setAlignment(Pos.CENTER_LEFT);
        discard.setOnAction(x -> confirmDiscard(row, e));
        return row;
    }

    /** Discarding deletes answers, so it asks once more in place. */
    private void confirmDiscard(HBox row, Entry e) {
        Label question = new Label(text.format("wizard.unfinished.discard.question", e.name()));
        question.setWrapText(true);
        HBox.setHgrow(question, Priority.ALWAYS);
        question.setMaxWidth(Double.MAX_VALUE);
        Button yes = new Button(text.get("wizard.unfinished.discard.yes"));
        yes.setId("unfinished-discard-yes-" + e.key());
        Forms.named(yes, Forms.plain(text.get("wizard.unfinished.discard.yes")));
        yes.getStyleClass().add("danger");
        Button keep = new Button(text.get("wizard.unfinished.discard.no"));
        keep.setId("unfinished-discard-no-" + e.key());
        Forms.named(keep, Forms.plain(text.get("wizard.unfinished.discard.no")));
        keep.setOnAction(x -> update());
        yes.setOnAction(x -> discard(e));
        row.getChildren().setAll(question, yes, keep);
        keep.requestFocus();
    }

    private void discard(Entry e) {
        if (e.kept() != null) {
            Consultations consultations = services.consultations();
            services.tasks().run(() -> {
                consultations.forgetKept(e.id());
                return e.key();
            }, key -> {
                entries = entries.stream().filter(x -> !x.key().equals(key)).toList();
                update();
            }, error -> LOG.log(Level.WARNING, "Could not discard a kept draft", error));
            return;
        }
        Consultations consultations = services.consultations();
        if (!services.ready()) {
            return;
        }
        services.tasks().run(() -> {
            consultations.discard(e.id());
            return e.id();
        }, id -> {
            entries = entries.stream().filter(x -> x.kept() != null || !x.id().equals(id)).toList();
            update();
        }, error -> LOG.log(Level.WARNING, "Could not discard an unfinished consultation", error));
    }

    private void open(UUID id) {
        Consultations consultations = services.consultations();
        if (!services.ready()) {
            return;
        }
        services.tasks().run(() -> consultations.open(id), found -> found.ifPresent(k -> {
            entries = entries.stream().filter(x -> x.kept() != null || !x.id().equals(id)).toList();
            resume.accept(k);
        }), error -> LOG.log(Level.WARNING, "Could not open an unfinished consultation", error));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
