package com.clearpath.engine;

import static com.clearpath.domain.Treatment.ABLATIVE_RESURFACING;
import static com.clearpath.domain.Treatment.CHEMICAL_PEEL_SUPERFICIAL;
import static com.clearpath.domain.Treatment.FRACTIONAL_NONABLATIVE_LASER;
import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningDetails;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.words.ProblemWords;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference D, isotretinoin: what may go ahead now and what waits until 6 months after stopping. */
class IsotretinoinTimingTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Intake recent(ScreeningDetails details) {
        return intake().concern(ConcernKind.BOXCAR_SHALLOW).concern(ConcernKind.ROLLING)
                .screened(Screening.ISOTRETINOIN_RECENT).build().withScreeningDetails(details);
    }

    @Test
    void withoutADateTheRulesSayWhatTheyAlwaysSaid() {
        Plan plan = PLANNER.plan(recent(ScreeningDetails.NONE));
        var ablative = plan.exclusion(ABLATIVE_RESURFACING).orElseThrow();
        assertTrue(ablative.hasReason(ExclusionCode.ISOTRETINOIN_RECENT));
        assertTrue(ablative.reasons().stream().anyMatch(r -> com.clearpath.words.ReasonWords.english().of(r.reason()).equals("Isotretinoin now or in the last 6 months: "
                + "fully ablative resurfacing and mechanical dermabrasion are not advised (ASDS 2017, JAMA Dermatology "
                + "2017).")), ablative.toString());
    }

    @Test
    void aStopDateNamesTheDayTheRestrictedProceduresWaitUntilAndWhatIsFineNow() {
        Plan plan = PLANNER.plan(recent(new ScreeningDetails(LocalDate.of(2026, 8, 1), null)));
        var ablative = plan.exclusion(ABLATIVE_RESURFACING).orElseThrow();
        assertTrue(ablative.reasons().stream().anyMatch(r -> r.code() == ExclusionCode.ISOTRETINOIN_RECENT
                && com.clearpath.words.ReasonWords.english().of(r.reason()).contains("wait until 2027-02-01")), ablative.toString());
        List<String> fineNow = plan.recommendations().stream().filter(r -> r.treatment() == FRACTIONAL_NONABLATIVE_LASER
                || r.treatment() == CHEMICAL_PEEL_SUPERFICIAL).flatMap(r -> com.clearpath.words.ReasonWords.english().all(r.cautions()).stream()).toList();
        assertTrue(fineNow.stream().anyMatch(c -> c.contains("does not require waiting until 2027-02-01")
                && c.contains("informed consent")), plan.recommendedTreatments() + " " + fineNow);
    }

    @Test
    void takingItNowIsASeparateAnswerAndKeepsTheRestrictionOpenEnded() {
        Plan plan = PLANNER.plan(recent(new ScreeningDetails(null, true)));
        assertTrue(plan.exclusion(ABLATIVE_RESURFACING).orElseThrow().reasons().stream()
                .anyMatch(r -> com.clearpath.words.ReasonWords.english().of(r.reason()).startsWith("Isotretinoin being taken now")));
    }

    @Test
    void aStopDateInTheFutureOrBeforeBirthIsRefusedNamingTheField() {
        String path = "screeningDetails.isotretinoinStoppedOn";
        List<Problem> future = IntakeJson.read(json("2027-01-01"), TODAY).problems();
        assertTrue(future.stream().anyMatch(p -> p.path().equals(path) && ProblemWords.english().message(p).contains("future")), future.toString());
        List<Problem> unborn = IntakeJson.read(json("1990-01-01"), TODAY).problems();
        assertTrue(unborn.stream().anyMatch(p -> p.path().equals(path) && ProblemWords.english().message(p).contains("date of birth")),
                unborn.toString());
        List<Problem> bad = IntakeJson.read(json("2026-02-30"), TODAY).problems();
        assertTrue(bad.stream().anyMatch(p -> p.path().equals(path)), bad.toString());
        List<Problem> tooLong = IntakeJson.read(json("2025-01-01"), TODAY).problems();
        assertTrue(tooLong.stream().anyMatch(p -> p.path().equals(path) && ProblemWords.english().message(p).contains("contradicts")),
                tooLong.toString());
    }

    @Test
    void theDetailsTravelInTheIntakeFormat() {
        Intake in = recent(new ScreeningDetails(LocalDate.of(2026, 8, 1), null));
        IntakeJson.Read back = IntakeJson.read(IntakeJson.write(in), TODAY);
        assertTrue(back.valid(), back.problems().toString());
        assertEquals(LocalDate.of(2026, 8, 1), back.intake().screeningDetails().isotretinoinStoppedOn());
        assertTrue(IntakeJson.write(intake().build()).indexOf("screeningDetails") < 0, "absent when not given");
    }

    private static String json(String stoppedOn) {
        return IntakeJson.write(recent(ScreeningDetails.NONE)).replaceFirst("\\{", "{\"screeningDetails\": "
                + "{\"isotretinoinStoppedOn\": \"" + stoppedOn + "\"},");
    }
}
