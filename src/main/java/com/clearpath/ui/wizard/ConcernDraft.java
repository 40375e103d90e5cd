package com.clearpath.ui.wizard;

import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Zone;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * One concern as it is being recorded: kind, zones, count, whether it flattens when stretched, pigment depth.
 * Answers that do not apply to the chosen kind are kept (so switching kind back and forth loses nothing) but left
 * out of the intake.
 */
public final class ConcernDraft {
    private final ObjectProperty<ConcernKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObservableSet<Zone> zones = FXCollections.observableSet(EnumSet.noneOf(Zone.class));
    private final ObjectProperty<Integer> count = new SimpleObjectProperty<>(this, "count");
    private final ObjectProperty<Boolean> distensible = new SimpleObjectProperty<>(this, "distensible");
    private final ObjectProperty<PigmentDepth> pigmentDepth = new SimpleObjectProperty<>(this, "pigmentDepth");

    public ObjectProperty<ConcernKind> kindProperty() {
        return kind;
    }

    public ObservableSet<Zone> zones() {
        return zones;
    }

    public ObjectProperty<Integer> countProperty() {
        return count;
    }

    public ObjectProperty<Boolean> distensibleProperty() {
        return distensible;
    }

    public ObjectProperty<PigmentDepth> pigmentDepthProperty() {
        return pigmentDepth;
    }

    /** Everything whose change changes the intake. */
    Observable[] observables() {
        return new Observable[] {kind, zones, count, distensible, pigmentDepth};
    }

    Concern toConcern() {
        ConcernKind k = kind.get();
        List<Zone> ordered = zones.stream().sorted().toList();
        Boolean stretch = k != null && k.atrophic() ? distensible.get() : null;
        PigmentDepth depth = k == ConcernKind.PIH ? pigmentDepth.get() : null;
        return new Concern(k, ordered, count.get(), stretch, depth);
    }

    static ConcernDraft of(Concern concern) {
        ConcernDraft d = new ConcernDraft();
        d.kind.set(concern.kind());
        concern.zones().stream().filter(z -> z != null).forEach(d.zones::add);
        d.count.set(concern.count());
        d.distensible.set(concern.distensible());
        d.pigmentDepth.set(concern.pigmentDepth());
        return d;
    }
}
