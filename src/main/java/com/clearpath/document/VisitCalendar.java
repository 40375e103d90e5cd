package com.clearpath.document;

import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import com.clearpath.engine.TreatmentCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A protocol's suggested visits as an iCalendar file the front desk imports to book them, one all-day event per
 * visit: who, which visit of how many, the treatments, and when the visible downtime should be over. The same for the
 * command line and the app, so a file made by either books the same.
 */
public final class VisitCalendar {
    private VisitCalendar() {
    }

    /** The whole file, as UTF-8 text with CRLF line ends. */
    public static String write(Intake intake, Protocol protocol, TreatmentCatalog catalog, Instant stamp) {
        return ICalendar.write(events(intake, protocol, catalog), stamp);
    }

    /** The treatments of a visit by the clinic's names, joined with " + ". */
    public static String names(List<Treatment> treatments, TreatmentCatalog catalog) {
        return treatments.stream().map(t -> catalog.get(t).name().in(Language.EN)).collect(Collectors.joining(" + "));
    }

    public static List<ICalendar.Event> events(Intake intake, Protocol p, TreatmentCatalog catalog) {
        String client = intake.client().firstName().strip() + " " + intake.client().lastName().strip();
        List<ICalendar.Event> out = new ArrayList<>();
        for (Visit v : p.visits()) {
            // Stable across exports of the same consultation, so a re-import updates rather than duplicates.
            String key = client + "|" + intake.client().dateOfBirth() + "|" + intake.consultedOn() + "|" + v.visit();
            String uid = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@clearpath";
            String description = (v.downtimeUntil().equals(v.date()) ? "No visible downtime expected."
                    : "Visible downtime until " + v.downtimeUntil() + ".")
                    + (p.startsAfterHolds() ? "\nProvisional: procedures wait until the holds clear." : "");
            out.add(new ICalendar.Event(uid, v.date(), client + ", visit " + v.visit() + " of " + p.visits().size()
                    + ": " + names(v.treatments(), catalog).replace(" + ", ", "), description));
        }
        return out;
    }
}
