package com.clearpath.engine;

import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Reason;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.Zone;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What the rules need to know about the client, derived once from a valid intake. */
record ClientFacts(
        Intake intake,
        int fitzpatrick,
        Sensitivity sensitivity,
        Set<SkinCondition> conditions,
        Set<ConcernKind> kinds,
        Set<Screening> screening,
        Integer goodmanGrade,
        int iga,
        boolean nodulesOrCysts,
        Integer age) {

    static ClientFacts of(Intake intake) {
        Set<SkinCondition> conditions = EnumSet.noneOf(SkinCondition.class);
        conditions.addAll(intake.skin().conditions());
        Set<Screening> screening = EnumSet.noneOf(Screening.class);
        screening.addAll(intake.screening());
        Integer age = intake.client() != null && intake.client().dateOfBirth() != null && intake.consultedOn() != null
                ? Period.between(intake.client().dateOfBirth(), intake.consultedOn()).getYears() : null;
        return new ClientFacts(intake, intake.skin().fitzpatrick(), intake.skin().sensitivity(), conditions,
                intake.concernKinds(), screening, intake.goodmanBaronGrade(), intake.activeAcne().iga(),
                intake.activeAcne().nodulesOrCysts(), age);
    }

    boolean has(Screening s) {
        return screening.contains(s);
    }

    boolean has(ConcernKind k) {
        return kinds.contains(k);
    }

    boolean hasAtrophic() {
        return kinds.stream().anyMatch(ConcernKind::atrophic);
    }

    /** Fitzpatrick IV–VI: more PIH after light, laser and peels. */
    boolean darkerSkin() {
        return fitzpatrick >= 4;
    }

    boolean pigmentProne() {
        return darkerSkin() || has(ConcernKind.PIH) || conditions.contains(SkinCondition.MELASMA);
    }

    /** A history of keloids or hypertrophic scarring, from screening or from a raised scar recorded today. */
    boolean keloidProne() {
        return has(Screening.KELOID_TENDENCY) || has(ConcernKind.KELOID) || has(ConcernKind.HYPERTROPHIC);
    }

    boolean coldSoreHistory() {
        return has(Screening.COLD_SORE_HISTORY) || has(Screening.ACTIVE_COLD_SORE);
    }

    boolean anyZone(Zone zone) {
        return intake.concerns().stream().anyMatch(c -> c.zones().contains(zone));
    }

    List<Concern> concerns(ConcernKind kind) {
        return intake.concerns().stream().filter(c -> c.kind() == kind).toList();
    }

    /** Every zone of a kind is on the trunk (chest, back). */
    boolean onlyTrunk(ConcernKind kind) {
        return concerns(kind).stream().flatMap(c -> c.zones().stream()).allMatch(Zone::trunk);
    }

    /** True if any concern of the kind was stretch-tested as distensible, false if all tested ones were not. */
    Boolean distensible(ConcernKind kind) {
        List<Boolean> tested = concerns(kind).stream().map(Concern::distensible).filter(b -> b != null).toList();
        if (tested.isEmpty()) {
            return null;
        }
        return tested.contains(Boolean.TRUE);
    }

    /** The concern as recorded, as a reason argument: its kind, every zone in order and the total count. */
    String concern(ConcernKind kind) {
        Set<Zone> zones = new LinkedHashSet<>();
        int count = 0;
        boolean counted = false;
        for (Concern c : concerns(kind)) {
            zones.addAll(c.zones());
            if (c.count() != null) {
                count += c.count();
                counted = true;
            }
        }
        return Reason.concern(kind, zones, counted ? count : null);
    }
}
