package com.clearpath.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A consultation as kept in the records: the intake as entered (possibly incomplete while a draft), the plan the
 * engine made (null for an incomplete draft), the practitioner's overrides, and the versions that made the plan.
 * {@code correctsId} links a correction to the final consultation it corrects. {@code version} counts the saves
 * of the row, so a save made from an older copy is refused; {@code step} is the wizard step a draft was left on.
 */
public record StoredConsultation(
        UUID id,
        UUID clientId,
        ConsultationStatus status,
        Intake intake,
        Plan plan,
        List<PlanOverride> overrides,
        UUID correctsId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Integer step) {

    public StoredConsultation {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A consultation not read from the records yet (version 0, no step). */
    public StoredConsultation(UUID id, UUID clientId, ConsultationStatus status, Intake intake, Plan plan,
                              List<PlanOverride> overrides, UUID correctsId, Instant createdAt, Instant updatedAt) {
        this(id, clientId, status, intake, plan, overrides, correctsId, createdAt, updatedAt, 0, null);
    }

    /** A new draft: fresh id, no client yet. */
    public static StoredConsultation newDraft(Intake intake) {
        return new StoredConsultation(UUID.randomUUID(), null, ConsultationStatus.DRAFT, intake, null, List.of(), null,
                null, null);
    }

    /**
     * The number printed on the consultation's documents: the start of its id, enough to tell one consultation from
     * another when a client calls with their handout, and short enough to read out.
     */
    public String number() {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The stored id's first 8 digits (lower case) for a consultation number or a full id; empty for anything else. */
    public static Optional<String> numberPrefix(String numberOrId) {
        String t = numberOrId == null ? "" : numberOrId.strip().toLowerCase(Locale.ROOT);
        if (t.matches("[0-9a-f]{8}") || t.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return Optional.of(t.substring(0, 8));
        }
        return Optional.empty();
    }

    public StoredConsultation with(UUID clientId, Intake intake, Plan plan, List<PlanOverride> overrides) {
        return new StoredConsultation(id, clientId, status, intake, plan, overrides, correctsId, createdAt, updatedAt,
                version, step);
    }

    /** The same consultation as of row version {@code version}, left on wizard step {@code step}. */
    public StoredConsultation at(long version, Integer step) {
        return new StoredConsultation(id, clientId, status, intake, plan, overrides, correctsId, createdAt, updatedAt,
                version, step);
    }
}
