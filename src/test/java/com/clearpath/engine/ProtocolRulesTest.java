package com.clearpath.engine;

import static com.clearpath.domain.ConcernKind.BOXCAR_DEEP;
import static com.clearpath.domain.ConcernKind.BOXCAR_SHALLOW;
import static com.clearpath.domain.ConcernKind.ICE_PICK;
import static com.clearpath.domain.ConcernKind.KELOID;
import static com.clearpath.domain.ConcernKind.PIE;
import static com.clearpath.domain.ConcernKind.PIH;
import static com.clearpath.domain.ConcernKind.ROLLING;
import static com.clearpath.domain.StepPurpose.INDIVIDUAL_SCARS;
import static com.clearpath.domain.StepPurpose.MAINTAIN;
import static com.clearpath.domain.StepPurpose.MARKS;
import static com.clearpath.domain.StepPurpose.PRIME;
import static com.clearpath.domain.StepPurpose.RAISED_SCARS;
import static com.clearpath.domain.StepPurpose.RELEASE;
import static com.clearpath.domain.StepPurpose.RESURFACE;
import static com.clearpath.domain.StepPurpose.VOLUME;
import static com.clearpath.domain.Treatment.DERMAL_FILLER;
import static com.clearpath.domain.Treatment.INTRALESIONAL_STEROID;
import static com.clearpath.domain.Treatment.MICRONEEDLING;
import static com.clearpath.domain.Treatment.MICRONEEDLING_PRP;
import static com.clearpath.domain.Treatment.PUNCH_TECHNIQUES;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static com.clearpath.domain.Treatment.TOPICAL_DEPIGMENTING;
import static com.clearpath.domain.Treatment.TOPICAL_RETINOID;
import static com.clearpath.domain.Treatment.VASCULAR_LASER;
import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.EventFitCode;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Range;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.StepReasonCode;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import com.clearpath.domain.Zone;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.exchange.PlanJson;
import com.clearpath.words.ProblemWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per line of reference section I (choosing and sequencing a combined plan), and the protocol's dates. */
class ProtocolRulesTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    static final LocalDate CONSULTED = LocalDate.of(2026, 11, 20);

    static Protocol protocol(IntakeBuilder b) {
        return PLANNER.plan(b.build()).protocol();
    }

    static ProtocolStep step(Protocol p, StepPurpose purpose) {
        return p.step(purpose).orElseThrow(() -> new AssertionError("no " + purpose + " step in " + describe(p)));
    }

    static String describe(Protocol p) {
        return p.steps().stream().map(s -> s.order() + " " + s.purpose() + " " + s.treatment() + " " + s.alternatives()
                + " week " + s.startWeek()).toList().toString();
    }

    /** The mixed case of the issue: ice pick, distensible rolling and deep boxcar scars. */
    static IntakeBuilder mixed() {
        return intake().concern(ICE_PICK, Zone.CHEEK_LEFT, Zone.TEMPLE_LEFT).distensible(ROLLING, true)
                .concern(BOXCAR_DEEP, Zone.CHEEK_RIGHT).grade(3);
    }

    @Nested
    class I1_OnePlanFewPrimaries {
        @Test
        void icePickScarsGetAnIndividualScarStepWithTcaCrossOrPunch() {
            ProtocolStep s = step(protocol(intake().concern(ICE_PICK)), INDIVIDUAL_SCARS);
            assertTrue(Set.of(TCA_CROSS, PUNCH_TECHNIQUES).contains(s.treatment()), describe(protocol(intake().concern(ICE_PICK))));
            assertTrue(s.targets().contains(ICE_PICK));
        }

        @Test
        void deepBoxcarScarsAloneGetPunchTechniquesChosen() {
            assertEquals(PUNCH_TECHNIQUES, step(protocol(intake().concern(BOXCAR_DEEP)), INDIVIDUAL_SCARS).treatment());
        }

        @Test
        void rollingScarsAreReleasedBySubcision() {
            ProtocolStep s = step(protocol(intake().concern(ROLLING)), RELEASE);
            assertEquals(SUBCISION, s.treatment());
            assertEquals(List.of(ROLLING), s.targets());
        }

        @Test
        void shallowBoxcarScarsAreResurfaced() {
            Protocol p = protocol(intake().concern(BOXCAR_SHALLOW));
            assertTrue(step(p, RESURFACE).targets().contains(BOXCAR_SHALLOW));
            assertFalse(p.step(INDIVIDUAL_SCARS).isPresent(), describe(p));
        }

        @Test
        void oneResurfacingSeriesWithTheOtherDevicesAsItsAlternatives() {
            Protocol p = protocol(intake().concern(BOXCAR_SHALLOW).concern(ROLLING));
            assertEquals(1, p.steps().stream().filter(s -> s.purpose() == RESURFACE).count(), describe(p));
            Set<Treatment> resurfacers = ProtocolBuilder.RESURFACERS;
            List<Treatment> chosenResurfacers = p.steps().stream().map(ProtocolStep::treatment)
                    .filter(resurfacers::contains).toList();
            assertEquals(1, chosenResurfacers.size(), describe(p));
            assertFalse(step(p, RESURFACE).alternatives().isEmpty());
        }

        @Test
        void atMostThreeInClinicPrimariesForAtrophicScarsAndFillerStaysAnOption() {
            Plan plan = PLANNER.plan(mixed().build());
            Protocol p = plan.protocol();
            List<StepPurpose> atrophic = p.steps().stream().map(ProtocolStep::purpose).filter(StepPurpose::atrophic).toList();
            assertEquals(List.of(INDIVIDUAL_SCARS, RELEASE, RESURFACE), atrophic, describe(p));
            assertFalse(p.step(VOLUME).isPresent());
            assertTrue(plan.recommendedTreatments().contains(DERMAL_FILLER), "filler is still a ranked option");
        }

        @ParameterizedTest(name = "Fitzpatrick {0}")
        @ValueSource(ints = {4, 5, 6})
        void darkerSkinResurfacesWithTheLeastPigmentRisk(int type) {
            ProtocolStep s = step(protocol(intake().concern(BOXCAR_SHALLOW).concern(ROLLING).fitzpatrick(type)), RESURFACE);
            assertTrue(Set.of(MICRONEEDLING, MICRONEEDLING_PRP, RF_MICRONEEDLING).contains(s.treatment()), s.toString());
            assertTrue(s.why().stream().anyMatch(r -> r.code() == StepReasonCode.LOWEST_PIGMENT_RISK));
        }

        @Test
        void sensitiveLightSkinAlsoResurfacesWithTheLeastPigmentRisk() {
            ProtocolStep s = step(protocol(intake().concern(BOXCAR_SHALLOW).sensitivity(Sensitivity.SENSITIVE)
                    .fitzpatrick(2)), RESURFACE);
            assertTrue(Set.of(MICRONEEDLING, MICRONEEDLING_PRP, RF_MICRONEEDLING).contains(s.treatment()), s.toString());
        }

        @Test
        void normalLightSkinResurfacesWithTheBestRankedOption() {
            Plan plan = PLANNER.plan(intake().concern(BOXCAR_SHALLOW).fitzpatrick(2).build());
            Treatment best = plan.recommendations().stream().map(r -> r.treatment())
                    .filter(ProtocolBuilder.RESURFACERS::contains).findFirst().orElseThrow();
            assertEquals(best, step(plan.protocol(), RESURFACE).treatment());
        }
    }

    @Nested
    class I2_Order {
        @Test
        void activeAcneHoldsTheProtocolWhichIsStillProposedWithHomeCareNow() {
            Plan plan = PLANNER.plan(intake().concern(ROLLING).concern(BOXCAR_SHALLOW).iga(3).build());
            assertEquals(PlanStatus.DEFER, plan.status());
            Protocol p = plan.protocol();
            assertTrue(p.startsAfterHolds());
            assertTrue(p.step(RELEASE).isPresent() && p.step(RESURFACE).isPresent(), describe(p));
            for (ProtocolStep s : p.steps()) {
                assertEquals(s.inClinic(), s.why().stream().anyMatch(r -> r.code() == StepReasonCode.WAITS_FOR_HOLDS),
                        s + " waits exactly when it is in clinic");
                assertTrue(s.inClinic() ? plan.deferredTreatments().contains(s.treatment())
                        : plan.recommendedTreatments().contains(s.treatment()), s.toString());
            }
        }

        @Test
        void readyPlansDoNotWaitForHolds() {
            assertFalse(protocol(intake().concern(ROLLING)).startsAfterHolds());
        }

        @ParameterizedTest(name = "Fitzpatrick {0}")
        @ValueSource(ints = {4, 5, 6})
        void pigmentProneSkinIsPrimedAtWeekZeroBeforeAnyProcedure(int type) {
            Protocol p = protocol(intake().concern(ICE_PICK).concern(BOXCAR_SHALLOW).fitzpatrick(type));
            ProtocolStep prime = step(p, PRIME);
            assertEquals(1, prime.order(), describe(p));
            assertEquals(Range.of(0, 0), prime.startWeek());
            assertEquals(TOPICAL_DEPIGMENTING, prime.treatment());
            assertTrue(step(p, INDIVIDUAL_SCARS).startWeek().min() >= PLANNER.options().primeWeeks().min());
        }

        @Test
        void lightSkinWithoutPihIsNotPrimed() {
            assertFalse(protocol(intake().concern(ICE_PICK).fitzpatrick(2)).step(PRIME).isPresent());
        }

        @Test
        void pihWithResurfacingIsPrimedAndThePrimingTargetsThePih() {
            Protocol p = protocol(intake().concern(BOXCAR_SHALLOW).pih(null).fitzpatrick(2));
            assertEquals(List.of(PIH), step(p, PRIME).targets(), describe(p));
        }

        @Test
        void individualScarTechniquesComeBeforeResurfacingByTheClinicsGap() {
            Protocol p = protocol(intake().concern(ICE_PICK).concern(BOXCAR_SHALLOW));
            ProtocolStep ind = step(p, INDIVIDUAL_SCARS);
            ProtocolStep res = step(p, RESURFACE);
            assertTrue(ind.order() < res.order());
            int lastIndividual = ind.startWeek().min() + (ind.sessions().min() - 1) * ind.intervalWeeks().min();
            assertEquals(lastIndividual + PLANNER.options().gapAfterIndividualScarsWeeks().min(), res.startWeek().min());
        }

        @Test
        void subcisionIsDoneAtTheFirstResurfacingVisit() {
            Protocol p = protocol(intake().concern(ROLLING).concern(BOXCAR_SHALLOW));
            assertEquals(step(p, RELEASE).startWeek(), step(p, RESURFACE).startWeek());
            Visit first = p.visits().get(0);
            assertTrue(first.treatments().contains(SUBCISION) && first.treatments().contains(step(p, RESURFACE).treatment()),
                    first.toString());
        }

        @Test
        void fillerComesLastAfterReleaseAndResurfacing() {
            Protocol p = protocol(intake().distensible(ROLLING, true));
            ProtocolStep vol = step(p, VOLUME);
            assertEquals(DERMAL_FILLER, vol.treatment());
            Visit lastResurfacing = p.visits().stream().filter(v -> v.treatments().contains(step(p, RESURFACE).treatment()))
                    .reduce((a, b) -> b).orElseThrow();
            Visit filler = p.visits().stream().filter(v -> v.treatments().contains(DERMAL_FILLER)).findFirst().orElseThrow();
            assertTrue(filler.date().isAfter(lastResurfacing.date()), p.visits().toString());
        }

        @Test
        void aRetinoidMaintainsTheResultAfterTheProcedures() {
            Protocol p = protocol(intake().concern(ROLLING));
            ProtocolStep m = step(p, MAINTAIN);
            assertEquals(TOPICAL_RETINOID, m.treatment());
            assertEquals(p.steps().size(), m.order());
            assertFalse(m.inClinic());
            assertNull(m.sessions());
        }

        @Test
        void raisedScarsAreASeparateTrackAndKeloidProneSkinIsNeverNeedled() {
            Plan plan = PLANNER.plan(intake().concern(KELOID, Zone.CHEST).concern(BOXCAR_SHALLOW).build());
            Protocol p = plan.protocol();
            assertEquals(INTRALESIONAL_STEROID, step(p, RAISED_SCARS).treatment());
            for (ProtocolStep s : p.steps()) {
                for (Treatment t : List.of(MICRONEEDLING, RF_MICRONEEDLING)) {
                    assertFalse(s.treatment() == t || s.alternatives().contains(t), describe(p));
                }
            }
        }

        @Test
        void pihAloneIsTreatedWithTopicalsFirstAndNoClinicVisits() {
            Protocol p = protocol(intake().pih(null).fitzpatrick(5));
            assertEquals(TOPICAL_DEPIGMENTING, step(p, MARKS).treatment());
            assertTrue(p.visits().isEmpty(), p.visits().toString());
            assertTrue(p.steps().stream().noneMatch(ProtocolStep::inClinic), describe(p));
        }

        @Test
        void pieIsTreatedWithAVascularLaser() {
            assertEquals(VASCULAR_LASER, step(protocol(intake().concern(PIE)), MARKS).treatment());
        }

        @Test
        void pihAndPieTogetherArePrimedForTheLaserAndBothAreTargeted() {
            Protocol p = protocol(intake().concern(PIE).pih(null).fitzpatrick(2));
            assertEquals(List.of(PIH), step(p, PRIME).targets(), describe(p));
            assertEquals(VASCULAR_LASER, step(p, MARKS).treatment());
        }
    }

    @Nested
    class I3_TimingAndTheCalendar {
        @Test
        void theClinicCanChangeTheGapAfterIndividualScarTechniques() {
            IntakeBuilder b = intake().concern(ICE_PICK).concern(BOXCAR_SHALLOW);
            Planner wider = new Planner(TreatmentCatalog.builtIn(),
                    PlannerOptions.defaults().withGapAfterIndividualScarsWeeks(Range.of(6, 10)));
            int usual = step(protocol(b), RESURFACE).startWeek().min();
            assertEquals(usual + 2, step(wider.plan(b.build()).protocol(), RESURFACE).startWeek().min());
        }

        @Test
        void visitsAreDatedFromTheStartWithTheirDowntime() {
            Plan plan = PLANNER.plan(intake().concern(ROLLING).startsOn(LocalDate.of(2026, 12, 7)).build());
            Protocol p = plan.protocol();
            assertEquals(LocalDate.of(2026, 12, 7), p.startsOn());
            assertEquals(LocalDate.of(2026, 12, 7), p.visits().get(0).date());
            for (Visit v : p.visits()) {
                int longest = v.treatments().stream().mapToInt(t -> PLANNER.catalog().get(t).downtimeDays().max()).max().orElse(0);
                assertEquals(v.date().plusDays(longest), v.downtimeUntil(), v.toString());
            }
        }

        @Test
        void totalsAreRangesAndTheSuggestedVisitsAreTheShortestCourse() {
            Protocol p = protocol(mixed());
            assertEquals(p.visits().size(), p.visitCount().min());
            assertTrue(p.visitCount().max() > p.visitCount().min());
            assertTrue(p.durationWeeks().max() > p.durationWeeks().min());
            assertTrue(p.downtimeDays().max() > p.downtimeDays().min());
        }

        @Test
        void anEventFarAheadIsClearWithoutMovingAnything() {
            Protocol without = protocol(intake().concern(ROLLING));
            Protocol with = protocol(intake().concern(ROLLING).event(CONSULTED.plusMonths(14)));
            assertTrue(with.eventDate().fits());
            assertEquals(EventFitCode.CLEAR, with.eventDate().code());
            assertEquals(without.visits(), with.visits());
            assertNull(without.eventDate());
        }

        @Test
        void visitsPauseBeforeAnEventAndResumeAfterIt() {
            LocalDate event = LocalDate.of(2026, 12, 25);
            Protocol p = protocol(intake().distensible(ROLLING, true).fitzpatrick(2).event(event));
            assertEquals(EventFitCode.PAUSED, p.eventDate().code(), p.eventDate().toString());
            assertTrue(p.eventDate().fits());
            for (Visit v : p.visits()) {
                assertTrue(v.date().isAfter(event) || v.downtimeUntil().isBefore(event.minusDays(14)), v.toString());
            }
        }

        @Test
        void anEventInTheMiddleOfASeriesThatCannotPauseSaysWhichStepWouldHaveToMove() {
            Protocol p = protocol(intake().distensible(ROLLING, true).fitzpatrick(2).event(LocalDate.of(2027, 1, 1)));
            assertFalse(p.eventDate().fits());
            assertEquals(EventFitCode.STEP_MUST_MOVE, p.eventDate().code());
            ProtocolStep moving = p.steps().get(Integer.parseInt(p.eventDate().args().get(1)) - 1);
            assertEquals(moving.treatment().name(), p.eventDate().args().get(2));
            String text = PlanJson.toNode(PLANNER.plan(intake().distensible(ROLLING, true).fitzpatrick(2)
                    .event(LocalDate.of(2027, 1, 1)).build())).path("protocol").path("eventDate").path("text").asText();
            assertTrue(text.contains("step " + moving.order()) && text.contains("RF microneedling"), text);
        }

        @Test
        void anEventTooSoonForAnyDowntimeStartsTheVisitsAfterIt() {
            LocalDate event = CONSULTED.plusDays(8);
            Protocol p = protocol(intake().concern(ROLLING).event(event));
            assertEquals(EventFitCode.STARTS_AFTER, p.eventDate().code());
            assertTrue(p.visits().get(0).date().isAfter(event));
            assertTrue(step(p, RELEASE).startWeek().min() > 0);
        }

        @Test
        void theDaysKeptClearAreAClinicSetting() {
            IntakeBuilder b = intake().distensible(ROLLING, true).fitzpatrick(2).event(LocalDate.of(2027, 1, 1));
            Planner relaxed = new Planner(TreatmentCatalog.builtIn(), PlannerOptions.defaults().withEventClearDays(7));
            assertFalse(protocol(b).eventDate().fits());
            assertTrue(relaxed.plan(b.build()).protocol().eventDate().fits());
        }
    }

    @Nested
    class Dates {
        static List<Problem> problems(Intake in) {
            return new IntakeValidator(LocalDate.of(2026, 11, 22)).validate(in);
        }

        @Test
        void anEventBeforeTheConsultationIsRefusedWithItsFieldPath() {
            List<Problem> p = problems(intake().concern(ROLLING).event(CONSULTED.minusDays(1)).build());
            assertTrue(p.stream().anyMatch(x -> ProblemWords.english().line(x).startsWith("eventDate: before consultedOn")), p.toString());
        }

        @Test
        void anEventMoreThanThreeYearsAheadIsRefused() {
            assertTrue(problems(intake().concern(ROLLING).event(CONSULTED.plusYears(3).plusDays(1)).build()).stream()
                    .anyMatch(x -> x.path().equals("eventDate")));
            assertTrue(problems(intake().concern(ROLLING).event(CONSULTED.plusYears(3)).build()).isEmpty());
            assertTrue(problems(intake().concern(ROLLING).event(CONSULTED).build()).isEmpty());
        }

        @Test
        void aStartBeforeTheConsultationIsRefused() {
            List<Problem> p = problems(intake().concern(ROLLING).startsOn(CONSULTED.minusDays(1)).build());
            assertTrue(p.stream().anyMatch(x -> ProblemWords.english().line(x).startsWith("planStartsOn: before consultedOn")), p.toString());
        }

        @Test
        void theDatesSurviveTheIntakeJsonRoundTrip() {
            Intake in = intake().concern(ROLLING).event(LocalDate.of(2027, 6, 12)).startsOn(LocalDate.of(2026, 12, 1)).build();
            IntakeJson.Read read = IntakeJson.read(IntakeJson.write(in), LocalDate.of(2026, 11, 22));
            assertTrue(read.valid(), read.problems().toString());
            assertEquals(in, read.intake());
        }

        @Test
        void aMalformedEventDateNamesItsField() {
            String json = IntakeJson.write(intake().concern(ROLLING).build()).replace("\"consultedOn\"",
                    "\"eventDate\": \"12/06/2027\", \"consultedOn\"");
            IntakeJson.Read read = IntakeJson.read(json, LocalDate.of(2026, 11, 22));
            assertTrue(read.problems().stream().anyMatch(p -> p.path().equals("eventDate")), read.problems().toString());
        }
    }

    @Nested
    class Exchange {
        @Test
        void theProtocolSurvivesTheJsonRoundTrip() {
            Plan plan = PLANNER.plan(mixed().fitzpatrick(4).event(LocalDate.of(2027, 3, 1)).build());
            Plan back = PlanJson.fromNode(PlanJson.toNode(plan));
            assertEquals(plan.protocol(), back.protocol());
            assertEquals(PlanJson.write(plan), PlanJson.write(back));
        }

        @Test
        void aPlanStoredBeforeTheProtocolReadsBackWithoutOne() {
            ObjectNode json = PlanJson.toNode(PLANNER.plan(intake().concern(ROLLING).build()));
            json.remove("protocol");
            assertNull(PlanJson.fromNode(json).protocol());
        }

        @Test
        void theJsonUsesTheContractsFieldNames() {
            JsonNode p = PlanJson.toNode(PLANNER.plan(intake().concern(ICE_PICK).fitzpatrick(4)
                    .event(LocalDate.of(2027, 6, 12)).build())).path("protocol");
            for (String f : List.of("startsOn", "startsAfterHolds", "steps", "visits", "visitCount", "durationWeeks",
                    "downtimeDays", "eventDate")) {
                assertTrue(p.has(f), f);
            }
            JsonNode prime = p.path("steps").get(0);
            for (String f : List.of("order", "purpose", "treatment", "alternatives", "targets", "startWeek", "sessions",
                    "intervalWeeks", "sources")) {
                assertTrue(prime.has(f), f + " in " + prime);
            }
            assertEquals(0, prime.path("startWeek").asInt());
            assertTrue(prime.path("sessions").isNull());
            for (String f : List.of("visit", "date", "treatments", "downtimeUntil")) {
                assertTrue(p.path("visits").get(0).has(f), f);
            }
            for (String f : List.of("date", "fits", "text")) {
                assertTrue(p.path("eventDate").has(f), f);
            }
        }
    }

    /** The protocol checks themselves can fail: a protocol that breaks each rule is caught. */
    @Test
    void theProtocolInvariantsCatchABrokenProtocol() {
        Intake in = mixed().fitzpatrick(4).event(LocalDate.of(2027, 1, 8)).build();
        JsonNode intakeJson = IntakeJson.toNode(in);
        ObjectNode plan = PlanJson.toNode(PLANNER.plan(in));
        assertEquals(List.of(), PlanInvariants.protocolViolations(intakeJson, plan));

        ObjectNode broken = plan.deepCopy();
        ObjectNode protocol = (ObjectNode) broken.get("protocol");
        ArrayNode steps = (ArrayNode) protocol.get("steps");
        steps.remove(0); // the PRIME step
        for (int i = 0; i < steps.size(); i++) {
            ObjectNode s = (ObjectNode) steps.get(i);
            switch (s.path("purpose").asText()) {
                case "INDIVIDUAL_SCARS" -> {
                    s.put("startWeek", 40);
                    ((ArrayNode) s.get("alternatives")).add("IPL").add("SUBCISION");
                }
                case "RELEASE" -> s.put("startWeek", 50);
                case "MAINTAIN" -> ((ArrayNode) s.get("targets")).removeAll();
                default -> {
                }
            }
        }
        steps.addObject().put("order", 9).put("purpose", "VOLUME").put("treatment", "DERMAL_FILLER").put("startWeek", 1)
                .putArray("sources");
        protocol.put("startsAfterHolds", true);
        ((ObjectNode) protocol.get("eventDate")).put("fits", true);
        String all = String.join("\n", PlanInvariants.protocolViolations(intakeJson, broken));
        for (String expected : List.of("has order", "IPL is excluded", "SUBCISION appears in more than one step",
                "no sources", "4 in-clinic chosen treatments", "INDIVIDUAL_SCARS does not start before RESURFACE",
                "RELEASE starts later than RESURFACE", "VOLUME starts before", "no PRIME step at week 0",
                "startsAfterHolds is true", "begins (week")) {
            assertTrue(all.contains(expected), "expected a violation mentioning \"" + expected + "\" in:\n" + all);
        }
    }
}
