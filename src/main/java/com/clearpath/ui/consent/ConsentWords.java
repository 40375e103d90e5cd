package com.clearpath.ui.consent;

import com.clearpath.app.Consents;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.Language;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.ConsentText;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.consent.ConsentsModel.Coverage;
import com.clearpath.ui.documents.DocumentFiles;
import com.clearpath.ui.records.RecordWords;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The consents part's words: where each procedure stands, each signed consent, and every refusal by its code. */
public final class ConsentWords {
    private final RecordWords records;
    private final Messages text;
    private final ZoneId zone;

    public ConsentWords(RecordWords records, ZoneId zone) {
        this.records = records;
        this.text = records.text();
        this.zone = zone;
    }

    public Messages text() {
        return text;
    }

    public RecordWords records() {
        return records;
    }

    /** "covered; due to be signed again on 22 Nov 2027", "not signed yet", … */
    public String cover(Coverage c) {
        String key = switch (c.cover()) {
            case COVERED -> "clients.consent.cover.COVERED";
            case NOT_YET -> "clients.consent.cover.notYet";
            case EXPIRED -> "clients.consent.cover.EXPIRED";
            case WITHDRAWN -> "clients.consent.cover.WITHDRAWN";
        };
        return c.on().map(d -> text.format(key, records.date(d))).orElseGet(() -> text.format(key, "\u2014"));
    }

    /** "Microneedling, Subcision" */
    public String treatments(List<Treatment> treatments) {
        return treatments.stream().map(records::treatment).collect(Collectors.joining(", "));
    }

    /** "Signed by Ana Reyes on 22 Nov 2026, with Dr Ruiz" */
    public String signedBy(ConsentStanding s) {
        return text.format("clients.consent.entry", s.consent().clientName(),
                records.date(s.consent().signedAt().atZone(zone).toLocalDate()), s.consent().practitionerName());
    }

    /** "valid until 22 Nov 2027", "expired on …", "withdrawn on …: moving away" */
    public String state(ConsentStanding s) {
        return switch (s.state()) {
            case VALID -> text.format("clients.consent.state.VALID", records.date(s.dueOn()));
            case EXPIRED -> text.format("clients.consent.state.EXPIRED", records.date(s.dueOn()));
            case WITHDRAWN -> text.format("clients.consent.state.WITHDRAWN",
                    s.withdrawal().map(w -> records.date(w.at().atZone(zone).toLocalDate())).orElse(""),
                    s.withdrawal().map(w -> w.reason()).orElse(""));
        };
    }

    /** A refusal in a sentence naming what is wrong, and the procedure it is about when there is one. */
    public String refusal(ConsentsModel.Refused r) {
        String key = switch (r.reason()) {
            case CONSULTATION_NOT_FOUND -> "clients.consent.refusal.consultationNotFound";
            case CONSULTATION_NOT_FINAL -> "clients.consent.refusal.consultationNotFinal";
            case CLIENT_NOT_RECORDED -> "clients.consent.refusal.clientNotRecorded";
            case NO_TREATMENTS -> "clients.consent.refusal.noTreatments";
            case NOT_IN_PLAN -> "clients.consent.refusal.notInPlan";
            case NO_TEXT -> "clients.consent.refusal.noText";
            case CLIENT_NOT_SIGNED -> "clients.consent.refusal.clientNotSigned";
            case PRACTITIONER_NOT_SIGNED -> "clients.consent.refusal.practitionerNotSigned";
            case PRACTITIONER_NAME_REQUIRED -> "clients.consent.refusal.practitionerNameRequired";
            case CONSENT_NOT_FOUND -> "clients.consent.refusal.consentNotFound";
            case ALREADY_WITHDRAWN -> "clients.consent.refusal.alreadyWithdrawn";
            case REASON_REQUIRED -> "clients.consent.refusal.reasonRequired";
            case FILE_NOT_WRITTEN -> "clients.consent.refusal.fileNotWritten";
        };
        return text.format(key, r.treatment().map(records::treatment).orElse(""));
    }

    public String failure(Exception e) {
        return text.format("clients.consent.failed", RecordWords.failure(text, e));
    }

    /**
     * What the client reads: each procedure's text under the clinic's names for them, with the section headings in
     * the client's language ({@code client} is the bundle of that language).
     */
    public static ConsentReading reading(Consents.Texts texts, Messages client, String clientName) {
        Language language = texts.language();
        List<ConsentReading.Part> parts = new ArrayList<>();
        boolean several = texts.texts().size() > 1;
        for (ConsentText t : texts.texts()) {
            String name = texts.names().get(t.treatment());
            parts.add(part(client, several, name, "clients.consent.reading.what", List.of(t.what().in(language)),
                    false));
            parts.add(part(client, several, name, "clients.consent.reading.benefit",
                    List.of(t.benefit().in(language)), false));
            parts.add(part(client, several, name, "clients.consent.reading.commonRisks", t.commonRisks().in(language),
                    true));
            parts.add(part(client, several, name, "clients.consent.reading.rareRisks", t.rareRisks().in(language),
                    true));
            parts.add(part(client, several, name, "clients.consent.reading.alternatives",
                    t.alternatives().in(language), true));
            parts.add(part(client, several, name, "clients.consent.reading.duties", t.duties().in(language), true));
        }
        String names = texts.texts().stream().map(t -> texts.names().get(t.treatment()))
                .collect(Collectors.joining(", "));
        return new ConsentReading(client.format("clients.consent.reading.title", names),
                client.format("clients.consent.reading.version", texts.version()), clientName, parts);
    }

    private static ConsentReading.Part part(Messages client, boolean several, String name, String key,
                                            List<String> paragraphs, boolean bulleted) {
        String heading = client.get(key);
        return new ConsentReading.Part(several ? client.format("clients.consent.reading.part", name, heading) : heading,
                paragraphs, bulleted);
    }

    /** The file name offered when a signed consent is saved. */
    public String fileName(ConsentStanding s) {
        return DocumentFiles.fileNameSafe(text.get("clients.consent.file") + " " + s.consent().clientName() + " "
                + s.consent().signedAt().atZone(zone).toLocalDate()) + ".pdf";
    }
}
