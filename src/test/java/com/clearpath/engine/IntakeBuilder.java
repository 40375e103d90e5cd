package com.clearpath.engine;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds valid intakes for rule tests: a 30-year-old, type III normal skin, clear of acne, unless told otherwise. */
public final class IntakeBuilder {
    private final List<Concern> concerns = new ArrayList<>();
    private final List<Screening> screening = new ArrayList<>();
    private final List<SkinCondition> conditions = new ArrayList<>();
    private int fitzpatrick = 3;
    private Sensitivity sensitivity = Sensitivity.NORMAL;
    private int iga = 0;
    private boolean nodules = false;
    private Integer grade = null;
    private LocalDate dateOfBirth = LocalDate.of(1996, 4, 12);
    private LocalDate eventDate = null;
    private LocalDate planStartsOn = null;

    public static IntakeBuilder intake() {
        return new IntakeBuilder();
    }

    public IntakeBuilder concern(ConcernKind kind, Zone... zones) {
        concerns.add(new Concern(kind, List.of(zones.length == 0 ? new Zone[] {Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT} : zones)));
        return this;
    }

    public IntakeBuilder distensible(ConcernKind kind, boolean distensible, Zone... zones) {
        concerns.add(new Concern(kind, List.of(zones.length == 0 ? new Zone[] {Zone.CHEEK_LEFT} : zones), 6, distensible, null));
        return this;
    }

    public IntakeBuilder pih(PigmentDepth depth) {
        concerns.add(new Concern(ConcernKind.PIH, List.of(Zone.FOREHEAD), null, null, depth));
        return this;
    }

    public IntakeBuilder fitzpatrick(int type) {
        this.fitzpatrick = type;
        return this;
    }

    public IntakeBuilder sensitivity(Sensitivity s) {
        this.sensitivity = s;
        return this;
    }

    public IntakeBuilder condition(SkinCondition c) {
        conditions.add(c);
        return this;
    }

    public IntakeBuilder iga(int iga) {
        this.iga = iga;
        return this;
    }

    public IntakeBuilder nodules() {
        this.nodules = true;
        return this;
    }

    public IntakeBuilder grade(int grade) {
        this.grade = grade;
        return this;
    }

    public IntakeBuilder born(LocalDate dob) {
        this.dateOfBirth = dob;
        return this;
    }

    public IntakeBuilder event(LocalDate date) {
        this.eventDate = date;
        return this;
    }

    public IntakeBuilder startsOn(LocalDate date) {
        this.planStartsOn = date;
        return this;
    }

    public IntakeBuilder screened(Screening... codes) {
        screening.addAll(List.of(codes));
        return this;
    }

    public Intake build() {
        return new Intake(Intake.FORMAT, new Client("Ana", "Reyes", dateOfBirth, null, null), LocalDate.of(2026, 11, 20),
                "J. Park", concerns, grade, new SkinProfile(fitzpatrick, sensitivity, conditions), new ActiveAcne(iga, nodules),
                screening, null, null, eventDate, planStartsOn);
    }
}
