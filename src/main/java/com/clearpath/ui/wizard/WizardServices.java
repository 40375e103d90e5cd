package com.clearpath.ui.wizard;

import com.clearpath.engine.Planner;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.ui.common.BackgroundTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Window;

/**
 * What the consultation wizard needs from the rest of the app, handed over once by the composition root.
 *
 * @param records    the repositories, once the database is open (empty while opening or when it cannot be used)
 * @param recordsReady true once {@code records} has something, so the wizard can offer unfinished consultations
 * @param extras     where the questionnaire answers of unfinished consultations are kept
 * @param notices    one-line confirmations in the status bar
 * @param window     the owner for file choosers
 */
public record WizardServices(
        BackgroundTasks tasks,
        Supplier<Optional<Records>> records,
        ObservableBooleanValue recordsReady,
        Planner planner,
        DraftExtras.Store extras,
        Supplier<LocalDate> today,
        Clock clock,
        Consumer<String> notices,
        Supplier<Window> window) {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WizardServices.class.getName());

    /**
     * The planner with the clinic's catalog. A damaged override file must not stop consultations: the built-in
     * catalog is used and the problem logged. Reads a file, so call it off the FX thread.
     */
    public static Planner plannerFor(java.nio.file.Path catalogOverride) {
        try {
            return new Planner(com.clearpath.engine.TreatmentCatalog.forClinic(catalogOverride));
        } catch (com.clearpath.engine.CatalogException | java.io.IOException e) {
            LOG.log(java.util.logging.Level.SEVERE, "The clinic's catalog override could not be used; "
                    + "planning with the built-in catalog", e);
            return new Planner(com.clearpath.engine.TreatmentCatalog.builtIn());
        }
    }

    /** The two repositories the wizard reads and writes. */
    public record Records(ClientRepository clients, ConsultationRepository consultations) {
    }
}
