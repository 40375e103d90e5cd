package com.clearpath.ui.wizard;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.document.DocumentKind;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.records.Records;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * What the consultation wizard needs from the rest of the app, handed over once by the composition root.
 *
 * @param records  the clinic's records: the client step searches them; their status says when they are open
 * @param consultations the consultation's use cases (save, finalise, list, open, discard, keep as a file); blocking,
 *                 so called inside background work
 * @param planner  the engine with the clinic's catalog; may wait for it to be read the first time
 * @param notices  one-line confirmations in the status bar
 * @param window   the owner for file choosers
 * @param clinic   the clinic's letterhead, paper and handout language (may read a file: call it off the FX thread)
 * @param documents makes, saves and prints the consultation's documents (blocking: call it inside background work)
 * @param preview  opens the preview-and-print window for a kept consultation
 * @param clients  the clinic's clients: the client step's search, a chosen client and possible duplicates
 */
public record WizardServices(
        BackgroundTasks tasks,
        Records records,
        Consultations consultations,
        Supplier<Planner> planner,
        Supplier<LocalDate> today,
        Clock clock,
        Consumer<String> notices,
        Supplier<Window> window,
        Supplier<ClinicSettings> clinic,
        ConsultationDocuments documents,
        BiConsumer<UUID, DocumentKind> preview,
        ClientDirectory clients) {

    /** The clinic's catalog, as the engine uses it. */
    TreatmentCatalog catalog() {
        return planner.get().catalog();
    }

    /** True once the records are open (read on the FX thread). */
    boolean ready() {
        return records.ready();
    }

    /** Runs {@code then} on the FX thread the next time the records become ready (now, if they are). */
    void whenReady(Runnable then) {
        if (ready()) {
            then.run();
            return;
        }
        records.status().addListener(new ChangeListener<DatabaseStatus>() {
            @Override
            public void changed(ObservableValue<? extends DatabaseStatus> o, DatabaseStatus was, DatabaseStatus now) {
                if (now instanceof DatabaseStatus.Ready) {
                    records.status().removeListener(this);
                    then.run();
                }
            }
        });
    }
}
