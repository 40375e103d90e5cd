package com.clearpath.ui;

import com.clearpath.domain.Client;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A clinic's records written straight through the store before the app starts, as earlier visits would have. */
final class ClinicRecords implements AutoCloseable {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    final Database db;
    final ClientRepository clients;
    final ConsultationRepository consultations;

    private ClinicRecords(Database db) {
        this.db = db;
        this.clients = new ClientRepository(db, Clock.systemDefaultZone());
        this.consultations = new ConsultationRepository(db, Clock.systemDefaultZone());
    }

    static ClinicRecords open(DataFolder folder) throws Exception {
        folder.ensureExists();
        return new ClinicRecords(Database.open(folder.database()));
    }

    StoredClient client(String first, String last, LocalDate born, String phone) throws RecordsFailure {
        return clients.create(new Client(first, last, born, phone, null));
    }

    /** A finished consultation on {@code on}, planned by the engine, with the practitioner's overrides. */
    StoredConsultation consultation(StoredClient client, LocalDate on, IntakeBuilder findings,
                                    List<PlanOverride> overrides) throws RecordsFailure {
        Intake base = findings.build();
        Intake in = new Intake(base.format(), client.client(), on, base.practitioner(), base.concerns(),
                base.goodmanBaronGrade(), base.skin(), base.activeAcne(), base.screening(), "Smoother cheeks", null);
        StoredConsultation draft = StoredConsultation.newDraft(in).with(client.id(), in, PLANNER.plan(in), overrides);
        consultations.saveDraft(draft, "J. Park");
        return consultations.finalise(draft.id(), "J. Park");
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
