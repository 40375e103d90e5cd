package com.clearpath.ui.records;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.PhotoGap;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.ui.common.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Codes as the front desk says them: "Rolling scars", not ROLLING; the clinic's own treatment names, not
 * SUBCISION. Safe to use from any thread.
 */
public final class RecordWords {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages text;
    private final Supplier<TreatmentCatalog> catalog;

    /** {@code catalog} is asked on first use; the app loads it in the background at start. */
    public RecordWords(Messages text, Supplier<TreatmentCatalog> catalog) {
        this.text = text;
        this.catalog = catalog;
    }

    public Messages text() {
        return text;
    }

    public String concern(ConcernKind kind) {
        return text.get("concern." + kind.name());
    }

    /** The store's comma-separated concern codes in words; a code this version does not know is shown as is. */
    public String concerns(String codes) {
        if (codes == null || codes.isBlank()) {
            return text.get("records.noConcerns");
        }
        return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(code -> {
                    try {
                        return concern(ConcernKind.valueOf(code));
                    } catch (IllegalArgumentException e) {
                        return code;
                    }
                }).collect(Collectors.joining(", "));
    }

    public String treatment(Treatment t) {
        CatalogTreatment entry = catalog.get().get(t);
        return entry == null ? t.name() : entry.name().in(text.language());
    }

    /** A treatment code as stored in a summary; null when the consultation has no plan yet. */
    public String treatment(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return treatment(Treatment.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String zone(Zone z) {
        return text.get("zone." + z.name());
    }

    public String zones(List<Zone> zones) {
        return zones.stream().map(this::zone).collect(Collectors.joining(", "));
    }

    public String hold(HoldCode code) {
        return text.get("hold." + code.name());
    }

    public String flag(FlagCode code) {
        return text.get("flag." + code.name());
    }

    public String status(ConsultationStatus s) {
        return text.get("records.status." + s.name());
    }

    public String action(PlanOverride.Action a) {
        return text.get("records.override." + a.name());
    }

    public String pigment(PigmentDepth depth) {
        return text.get("pigment." + depth.name());
    }

    public String date(LocalDate date) {
        return date == null ? text.get("records.noDate") : DATE.withLocale(text.locale()).format(date);
    }

    public String dateTime(LocalDateTime at) {
        return text.format("records.dateTime", date(at.toLocalDate()), TIME.format(at));
    }

    /** File sizes as people read them. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return text.format("records.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return text.format("records.size.kb", Math.round(bytes / 1024.0));
        }
        return text.format("records.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    /** What the records could not do, as the screens say it; the one place the screens make these words. */
    public String failure(RecordsFailure failure) {
        return failure(text, failure);
    }

    /** As {@link #failure(RecordsFailure)}, for screens that have only their messages. */
    public static String failure(Messages text, RecordsFailure failure) {
        String said = failureAlone(text, failure);
        // A save that could not be written keeps the answers on screen; the person is told so.
        return failure.code() == RecordsFailure.Code.NOT_WRITABLE
                ? said + " " + text.get("records.failure.nothingLost") : said;
    }

    /** Any failure of background work: the records' in the screen's words, anything else as it said it. */
    public static String failure(Messages text, Throwable error) {
        return error instanceof RecordsFailure f ? failure(text, f) : said(error);
    }

    /** As {@link #failure(Messages, Throwable)}, without the reassurance that nothing entered was lost. */
    public static String failureAlone(Messages text, Throwable error) {
        if (!(error instanceof RecordsFailure failure)) {
            return said(error);
        }
        List<Object> args = new ArrayList<>();
        args.add(text.get("records.doing." + failure.doing().name()));
        args.addAll(failure.args());
        return text.format("records.failure." + failure.code().name(), args.toArray());
    }

    /** The photos a backup could not carry, as one sentence; empty when it carried them all. */
    public String photosNotCarried(List<PhotoGap> gaps) {
        return gaps.isEmpty() ? "" : text.format("records.photos.notCarried", gaps.size(), photoGaps(gaps));
    }

    /** The photos a restore could not bring back, as one sentence; empty when it brought them all. */
    public String photosNotBroughtBack(List<PhotoGap> gaps) {
        return gaps.isEmpty() ? "" : text.format("records.photos.notBroughtBack", gaps.size(), photoGaps(gaps));
    }

    /** Why, counted by reason: "1 file missing, 2 files damaged". */
    public String photoGaps(List<PhotoGap> gaps) {
        Map<PhotoGap.Code, Long> counts = gaps.stream().collect(Collectors.groupingBy(PhotoGap::code,
                () -> new EnumMap<>(PhotoGap.Code.class), Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> text.format("records.photos.gap." + e.getKey().name(), e.getValue().intValue()))
                .collect(Collectors.joining(", "));
    }

    private static String said(Throwable error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }

    /** Every key this class builds from a code, so the bundle can be checked for gaps. */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ConcernKind.values()).forEach(k -> keys.add("concern." + k.name()));
        Arrays.stream(Zone.values()).forEach(z -> keys.add("zone." + z.name()));
        Arrays.stream(HoldCode.values()).forEach(h -> keys.add("hold." + h.name()));
        Arrays.stream(FlagCode.values()).forEach(f -> keys.add("flag." + f.name()));
        Arrays.stream(ConsultationStatus.values()).forEach(s -> keys.add("records.status." + s.name()));
        Arrays.stream(PlanOverride.Action.values()).forEach(a -> keys.add("records.override." + a.name()));
        Arrays.stream(PigmentDepth.values()).forEach(p -> keys.add("pigment." + p.name()));
        Arrays.stream(RecordsFailure.Code.values()).forEach(c -> keys.add("records.failure." + c.name()));
        Arrays.stream(RecordsFailure.Doing.values()).forEach(d -> keys.add("records.doing." + d.name()));
        Arrays.stream(PhotoGap.Code.values()).forEach(c -> keys.add("records.photos.gap." + c.name()));
        Arrays.stream(AuditAction.values()).forEach(c -> keys.add("audit.action." + c.name()));
        Arrays.stream(AuditSubject.values()).forEach(c -> keys.add("audit.subject." + c.name()));
        Arrays.stream(AuditCheck.Break.values()).filter(b -> b != AuditCheck.Break.NONE)
                .forEach(b -> keys.add("settings.audit.broken." + b.name()));
        return keys;
    }
}
