package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Problem;
import com.clearpath.engine.GeneratedInvalidIntakesTest;
import com.clearpath.engine.GeneratedInvalidIntakesTest.Applied;
import com.clearpath.engine.GeneratedInvalidIntakesTest.Mutation;
import com.clearpath.exchange.IntakeJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A problem under a field no step owns would leave Next enabled and a resume skipping it; one owned by two steps
 * would hold up the wrong one. The fields come from the intakes broken field by field for the plan command.
 */
class StepPathsTest {
    private static final int SEEDS = 12;

    @Test
    void everyFieldTheValidatorReportsBelongsToExactlyOneStep() {
        LocalDate today = GeneratedInvalidIntakesTest.today();
        // Field path -> the steps that own it, for every path a broken intake was reported at.
        Map<String, List<Step>> owners = new TreeMap<>();
        List<Mutation> mutations = GeneratedInvalidIntakesTest.FIELD_MUTATIONS;
        for (int m = 0; m < mutations.size(); m++) {
            for (int seed = 0; seed < SEEDS; seed++) {
                Random r = new Random(31L * m + seed);
                ObjectNode root = GeneratedInvalidIntakesTest.baseIntake(r);
                Applied applied = mutations.get(m).mutator().apply(root, r, today);
                if (applied == null) {
                    continue;
                }
                List<Problem> problems = IntakeJson.read(root, "", today).problems();
                assertFalse(problems.isEmpty(), "broken by " + applied.what() + " yet valid");
                for (Problem p : problems) {
                    owners.put(p.path(), Arrays.stream(Step.values()).filter(s -> s.owns(p.path())).toList());
                }
            }
        }
        owners.forEach((path, steps) -> assertEquals(1, steps.size(), path + " is owned by " + steps));
        // The broken intakes must reach every step that asks for something, or this would prove little.
        TreeSet<Step> reached = new TreeSet<>();
        owners.values().forEach(reached::addAll);
        for (Step s : Step.values()) {
            assertEquals(s.paths().length > 0, reached.contains(s), s + " among " + owners.keySet());
        }
    }

    @Test
    void aFieldBelongsToItsSectionNotToOneThatMerelyStartsTheSame() {
        assertTrue(Step.SCREENING.owns("screeningDetails.isotretinoinStoppedOn"));
        assertTrue(Step.SCREENING.owns("screening"));
        assertTrue(Step.CONCERNS.owns("concerns[2].zones[0]"));
        assertFalse(Step.CLIENT.owns("clientele"));
        assertFalse(Step.PLAN.owns("plan"), "the plan step asks for no intake field");
    }

    @Test
    void savedStepNumbersStayTheStepsTheyWere() {
        // Drafts on disk keep the step as a number; renumbering the steps would reopen them in the wrong place.
        assertEquals(List.of(Step.CLIENT, Step.CONCERNS, Step.SKIN, Step.SCREENING, Step.PLAN, Step.SUMMARY),
                List.of(Step.at(0), Step.at(1), Step.at(2), Step.at(3), Step.at(4), Step.at(5)));
        assertEquals(Step.SUMMARY, Step.at(6));
        assertEquals(Step.CLIENT, Step.at(-3));
    }
}
