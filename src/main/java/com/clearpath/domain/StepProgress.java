package com.clearpath.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How far one in-clinic step of the agreed plan has come: sessions done (corrections replacing what they correct)
 * against the sessions planned, for "session 2 of 3". A session counts for the step of its treatment.
 */
public record StepProgress(int order, Treatment treatment, int done, int plannedMin, int plannedMax) {

    /** Every step with sessions, in the plan's order, and how many sessions matched no step. */
    public record Progress(List<StepProgress> steps, int outsidePlan) {
        public Progress {
            steps = List.copyOf(steps);
        }
    }

    /** The entries that count: every one not corrected by a later entry. */
    public static List<RecordedSession> current(List<RecordedSession> all) {
        Set<UUID> corrected = new HashSet<>();
        for (RecordedSession s : all) {
            s.correctsId().ifPresent(corrected::add);
        }
        return all.stream().filter(s -> !corrected.contains(s.id())).toList();
    }

    /** Progress of {@code plan}'s steps with {@code sessions} (all entries, corrected ones included). */
    public static Progress of(AgreedPlan plan, List<RecordedSession> sessions) {
        List<RecordedSession> counted = current(sessions);
        List<StepProgress> steps = new ArrayList<>();
        Set<Treatment> planned = new HashSet<>();
        Optional<Protocol> protocol = plan.protocolIfAny();
        for (ProtocolStep step : protocol.map(Protocol::steps).orElse(List.of())) {
            if (step.sessions() == null) {
                continue;
            }
            planned.add(step.treatment());
            int done = (int) counted.stream().filter(s -> s.session().treatment() == step.treatment()).count();
            steps.add(new StepProgress(step.order(), step.treatment(), done, step.sessions().min(),
                    step.sessions().max()));
        }
        int outside = (int) counted.stream().filter(s -> !planned.contains(s.session().treatment())).count();
        return new Progress(steps, outside);
    }
}
