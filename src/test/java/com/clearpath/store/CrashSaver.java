package com.clearpath.store;

import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Child process for the crash test: saves consultations in a loop and prints each id only after its save has
 * returned, so the parent knows exactly which saves must survive a kill.
 */
public final class CrashSaver {
    private CrashSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        try (Database db = Database.open(file)) {
            ClientRepository clients = new ClientRepository(db, Clock.systemUTC());
            ConsultationRepository consultations = new ConsultationRepository(db, Clock.systemUTC());
            StoredClient client = clients.create(new Client("Zoë", "Nguyễn", LocalDate.of(1990, 1, 1), null, null));
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                Intake in = IntakeBuilder.intake().concern(i % 2 == 0 ? ConcernKind.ROLLING : ConcernKind.PIH).build();
                StoredConsultation draft = StoredConsultation.newDraft(in).with(client.id(), in, planner.plan(in), List.of());
                consultations.saveDraft(draft, "crash test");
                System.out.println(draft.id());
                System.out.flush();
            }
        }
    }
}
