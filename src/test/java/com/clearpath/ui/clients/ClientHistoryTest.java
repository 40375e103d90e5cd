package com.clearpath.ui.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which visits the Goodman chart draws. */
class ClientHistoryTest {
    private static ConsultationSummary visit(LocalDate on, ConsultationStatus status, Integer grade, UUID corrects) {
        return new ConsultationSummary(UUID.randomUUID(), UUID.randomUUID(), "A B", on, status, "ROLLING", "SUBCISION",
                grade, corrects, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void finalGradedVisitsOldestFirstWithoutReplacedOnesOrDrafts() {
        ConsultationSummary march = visit(LocalDate.of(2026, 3, 1), ConsultationStatus.FINAL, 4, null);
        ConsultationSummary marchFixed = visit(LocalDate.of(2026, 3, 1), ConsultationStatus.FINAL, 3, march.id());
        ConsultationSummary june = visit(LocalDate.of(2026, 6, 1), ConsultationStatus.FINAL, 2, null);
        ConsultationSummary followUpDraft = visit(LocalDate.of(2026, 9, 1), ConsultationStatus.DRAFT, 2, null);
        ConsultationSummary ungraded = visit(LocalDate.of(2026, 8, 1), ConsultationStatus.FINAL, null, null);
        ConsultationSummary draftFix = visit(LocalDate.of(2026, 6, 1), ConsultationStatus.DRAFT, 1, june.id());

        List<ConsultationSummary> drawn = ClientHistory.graded(List.of(followUpDraft, ungraded, draftFix, june,
                marchFixed, march));
        assertEquals(List.of(marchFixed, june), drawn, "a draft correction does not hide the final it corrects");
    }
}
