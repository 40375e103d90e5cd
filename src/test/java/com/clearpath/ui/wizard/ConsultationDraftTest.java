package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DraftExtrasFiles;
import com.clearpath.words.ProblemWords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wizard's view model on its own: no window needed, properties in, intake, problems and plan out. */
class ConsultationDraftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);

    private ConsultationDraft fresh() {
        return ConsultationDraft.fresh(() -> PLANNER, () -> TODAY, clock);
    }

    /** A complete consultation: rolling scars on both cheeks, questionnaire total 20 (type III), IGA 0. */
    private ConsultationDraft complete() {
        ConsultationDraft d = fresh();
        d.firstNameProperty().set("Ana");
        d.lastNameProperty().set("Reyes");
        d.dateOfBirthProperty().set(LocalDate.of(1996, 4, 12));
        ConcernDraft c = new ConcernDraft();
        c.kindProperty().set(ConcernKind.ROLLING);
        c.zones().addAll(List.of(Zone.CHEEK_RIGHT, Zone.CHEEK_LEFT));
        c.countProperty().set(8);
        c.distensibleProperty().set(true);
        d.concerns().add(c);
        answerAll(d, 2);
        d.sensitivityProperty().set(Sensitivity.NORMAL);
        d.igaProperty().set(0);
        return d;
    }

    private static void answerAll(ConsultationDraft d, int answer) {
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            d.answerProperty(i).set(answer);
        }
    }

    @Test
    void aFreshDraftIsDatedTodayAndEachStepSaysWhatItMisses() {
        ConsultationDraft d = fresh();
        assertEquals(TODAY, d.toIntake().consultedOn());
        assertEquals(List.of("client.dateOfBirth", "client.firstName", "client.lastName"),
                d.problemsAt("client").stream().map(Problem::path).toList());
        assertEquals(List.of("concerns"), d.problemsAt("concerns").stream().map(Problem::path).toList());
        assertEquals(List.of("skin.fitzpatrick", "skin.sensitivity"), d.problemsAt("skin").stream().map(Problem::path).toList());
        assertEquals(List.of("activeAcne.iga"), d.problemsAt("activeAcne").stream().map(Problem::path).toList());
        assertNull(d.planProperty().get());
        assertNull(d.previewProperty().get());
        assertEquals(0, d.revisionProperty().get(), "nothing entered yet, nothing to save");
    }

    @Test
    void aStepIsCompleteOnceItsOwnProblemsAreGone() {
        ConsultationDraft d = fresh();
        var clientDone = d.completeBinding("client", "consultedOn");
        assertFalse(clientDone.get());
        d.firstNameProperty().set("Zo\u00eb");
        d.lastNameProperty().set("\u674e");
        assertFalse(clientDone.get());
        d.dateOfBirthProperty().set(LocalDate.of(2030, 1, 1));
        assertEquals("is in the future (2030-01-01)", ProblemWords.english().message(d.problemAt("client.dateOfBirth").orElseThrow()),
                "the validator's own sentence");
        d.dateOfBirthProperty().set(LocalDate.of(1990, 1, 1));
        assertTrue(clientDone.get());
        d.emailProperty().set("not an address");
        assertFalse(clientDone.get());
        d.emailProperty().set("zoe@example.com");
        assertTrue(clientDone.get());
        assertTrue(d.revisionProperty().get() > 0);
    }

    @Test
    void thePlanIsMadeOnceTheIntakeIsValidAndFollowsEveryChange() {
        ConsultationDraft d = complete();
        assertTrue(d.problemsProperty().get().isEmpty(), d.problemsProperty().get().toString());
        assertEquals(PlanStatus.READY, d.planProperty().get().status());
        assertTrue(d.planProperty().get().recommendedTreatments().contains(Treatment.SUBCISION));
        assertEquals(d.planProperty().get(), d.previewProperty().get());

        d.igaProperty().set(3);
        assertEquals(PlanStatus.DEFER, d.planProperty().get().status());
        assertTrue(d.planProperty().get().deferredTreatments().contains(Treatment.SUBCISION));

        d.igaProperty().set(0);
        d.screening().add(Screening.PREGNANT_OR_BREASTFEEDING);
        assertEquals(PlanStatus.DEFER, d.planProperty().get().status());
        d.screening().clear();
        assertEquals(PlanStatus.READY, d.planProperty().get().status());

        d.concerns().get(0).zones().clear();
        assertNull(d.planProperty().get(), "no plan for an incomplete intake");
    }

    @Test
    void thePreviewIsProvisionalUntilSkinAndScreeningAreDone() {
        ConsultationDraft d = fresh();
        ConcernDraft c = new ConcernDraft();
        d.concerns().add(c);
        c.kindProperty().set(ConcernKind.ICE_PICK);
        assertNull(d.previewProperty().get(), "a concern needs its zones first");
        c.zones().add(Zone.NOSE);
        assertNull(d.planProperty().get());
        assertNotNull(d.previewProperty().get());
        assertTrue(d.previewProperty().get().recommendedTreatments().contains(Treatment.TCA_CROSS));
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,2", "2,3", "3,5", "4,6"})
    void theQuestionnaireTotalGivesTheTypeByTheBands(int everyAnswer, int type) {
        ConsultationDraft d = fresh();
        answerAll(d, everyAnswer);
        assertEquals(everyAnswer * 10, d.scoreProperty().get());
        assertEquals(type, d.fitzpatrickType());
        assertEquals(SkinProfile.typeForScore(everyAnswer * 10), d.toIntake().skin().fitzpatrick());
        assertEquals(everyAnswer * 10, d.toIntake().skin().fitzpatrickScore());
    }

    @Test
    void anUnfinishedQuestionnaireGivesNoType() {
        ConsultationDraft d = fresh();
        for (int i = 0; i < 9; i++) {
            d.answerProperty(i).set(4);
        }
        assertNull(d.scoreProperty().get());
        assertNull(d.toIntake().skin().fitzpatrick());
        assertEquals(9, d.answeredCount());
        assertTrue(d.problemAt("skin.fitzpatrick").isPresent());
    }

    @Test
    void choosingAnotherTypeNeedsAReason() {
        ConsultationDraft d = complete();
        d.overrideTypeProperty().set(5);
        assertEquals("skin.fitzpatrickOverrideReason", d.problemsAt("skin").get(0).path());
        assertNull(d.planProperty().get());
        d.overrideReasonProperty().set("Tans far more easily than the answers suggest");
        assertTrue(d.problemsAt("skin").isEmpty());
        SkinProfile skin = d.toIntake().skin();
        assertEquals(5, skin.fitzpatrick());
        assertEquals(20, skin.fitzpatrickScore());
        assertEquals("Tans far more easily than the answers suggest", skin.fitzpatrickOverrideReason());

        d.overrideTypeProperty().set(null);
        assertNull(d.toIntake().skin().fitzpatrickOverrideReason(), "no override, no reason in the record");
    }

    @Test
    void aTypeChosenWithoutTheQuestionnaireStillNeedsAReason() {
        ConsultationDraft d = fresh();
        d.overrideTypeProperty().set(4);
        assertEquals(4, d.toIntake().skin().fitzpatrick());
        assertTrue(d.problemAt("skin.fitzpatrickOverrideReason").isPresent());
        d.overrideReasonProperty().set("Questionnaire declined by the client");
        assertFalse(d.problemAt("skin.fitzpatrickOverrideReason").isPresent());
    }

    @Test
    void answersThatDoNotFitTheKindAreKeptButLeftOutOfTheIntake() {
        ConsultationDraft d = complete();
        ConcernDraft c = d.concerns().get(0);
        c.pigmentDepthProperty().set(PigmentDepth.DERMAL);
        assertNull(d.toIntake().concerns().get(0).pigmentDepth(), "depth is for PIH only");
        assertEquals(Boolean.TRUE, d.toIntake().concerns().get(0).distensible());

        c.kindProperty().set(ConcernKind.PIH);
        Concern pih = d.toIntake().concerns().get(0);
        assertNull(pih.distensible(), "stretching is for atrophic scars only");
        assertEquals(PigmentDepth.DERMAL, pih.pigmentDepth());
        assertTrue(d.problemsProperty().get().isEmpty());

        c.kindProperty().set(ConcernKind.ROLLING);
        assertEquals(Boolean.TRUE, d.toIntake().concerns().get(0).distensible(), "nothing was lost on the way");
        assertEquals(List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), d.toIntake().concerns().get(0).zones(),
                "zones in a fixed order");
    }

    @Test
    void overridesNeedAReasonAndTheLatestDecisionCounts() {
        ConsultationDraft d = complete();
        d.practitionerProperty().set("J. Park");
        assertThrows(IllegalArgumentException.class, () -> d.decline(Treatment.SUBCISION, "  "));
        d.decline(Treatment.SUBCISION, " Prefers no needles ");
        d.add(Treatment.CHEMICAL_PEEL_SUPERFICIAL, "Gentle start");
        assertEquals(2, d.overrides().size());
        PlanOverride declined = d.overrideFor(Treatment.SUBCISION).orElseThrow();
        assertEquals(PlanOverride.Action.DECLINED, declined.action());
        assertEquals("Prefers no needles", declined.reason());
        assertEquals("J. Park", declined.by());
        assertEquals(clock.instant(), declined.at());

        d.add(Treatment.SUBCISION, "Changed her mind");
        assertEquals(2, d.overrides().size(), "one decision per treatment");
        assertEquals(PlanOverride.Action.ADDED, d.overrideFor(Treatment.SUBCISION).orElseThrow().action());
        d.undoOverride(Treatment.SUBCISION);
        assertTrue(d.overrideFor(Treatment.SUBCISION).isEmpty());
        assertEquals(d.overrides(), d.toStored().overrides());
    }

    @Test
    void aSavedDraftComesBackWithEveryAnswer() {
        ConsultationDraft d = complete();
        d.phoneProperty().set("+1 210 555 0101");
        d.practitionerProperty().set("J. Park");
        d.goodmanGradeProperty().set(3);
        d.conditions().add(SkinCondition.ROSACEA);
        d.screening().add(Screening.COLD_SORE_HISTORY);
        d.nodulesOrCystsProperty().set(false);
        d.goalsProperty().set("Smoother cheeks before June");
        d.notesProperty().set("Prefers mornings");
        d.answerProperty(3).set(4);
        d.decline(Treatment.SUBCISION, "Prefers no needles");
        StoredConsultation saved = d.toStored();
        DraftExtras extras = d.extras(2);

        ConsultationDraft back = ConsultationDraft.restore(() -> PLANNER, () -> TODAY, clock, saved, Optional.of(extras));
        assertEquals(d.toIntake(), back.toIntake());
        assertEquals(d.id(), back.id());
        assertEquals(d.overrides(), back.overrides());
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            assertEquals(d.answerProperty(i).get(), back.answerProperty(i).get());
        }
        assertEquals(d.planProperty().get(), back.planProperty().get());
        assertEquals(0, back.revisionProperty().get(), "restoring is not a change to save again");
    }

    @Test
    void withoutTheSingleAnswersTheSavedTotalIsCarriedUntilTheQuestionsAreAskedAgain() {
        ConsultationDraft d = complete();
        answerAll(d, 2);
        d.answerProperty(0).set(4);
        d.answerProperty(1).set(3);
        assertEquals(23, d.scoreProperty().get());
        ConsultationDraft back = ConsultationDraft.restore(() -> PLANNER, () -> TODAY, clock, d.toStored(), Optional.empty());
        assertEquals(23, back.scoreProperty().get());
        assertEquals(4, back.fitzpatrickType());
        assertNull(back.overrideTypeProperty().get());
        assertTrue(back.problemsProperty().get().isEmpty());

        back.answerProperty(0).set(1);
        assertNull(back.scoreProperty().get(), "one new answer starts the questionnaire over");
    }

    @Test
    void aTypeRecordedWithoutAQuestionnaireComesBackAsTheChosenType() {
        Intake followUp = new Intake(Intake.FORMAT, null, TODAY, null, List.of(), null,
                new SkinProfile(4, Sensitivity.NORMAL, List.of()), null, List.of(), null, null);
        ConsultationDraft back = ConsultationDraft.restore(() -> PLANNER, () -> TODAY, clock,
                StoredConsultation.newDraft(followUp), Optional.empty());
        assertEquals(4, back.overrideTypeProperty().get());
        assertEquals(4, back.toIntake().skin().fitzpatrick());
    }

    @Test
    void draftExtrasSurviveTheDiskAndDamagedFilesAreIgnored(@TempDir Path dir) throws Exception {
        DraftExtrasFiles store = new DraftExtrasFiles(dir.resolve("drafts"));
        ConsultationDraft d = fresh();
        d.answerProperty(0).set(3);
        store.write(d.id(), d.extras(4));
        DraftExtras read = store.read(d.id()).orElseThrow();
        assertEquals(4, read.step());
        assertEquals(3, read.answers().get(0));
        assertEquals(Collections.nCopies(9, null), read.answers().subList(1, 10));

        java.nio.file.Files.writeString(dir.resolve("drafts").resolve(d.id() + ".json"), "{not json");
        assertTrue(store.read(d.id()).isEmpty());
        store.delete(d.id());
        assertTrue(store.read(d.id()).isEmpty());
    }

    @Test
    void aFollowUpCarriesTheConcernsButIsGradedAgainBeforeItsPlan() {
        ConsultationDraft first = complete();
        first.goodmanGradeProperty().set(3);
        StoredConsultation earlier = first.toStored();
        Intake next = Intake.followUp(earlier.intake().client(), Optional.of(earlier.intake()), TODAY);
        ConsultationDraft d = ConsultationDraft.restore(() -> PLANNER, () -> TODAY, clock,
                StoredConsultation.newDraft(next), Optional.empty());
        d.igaProperty().set(0);
        assertTrue(d.problemsProperty().get().isEmpty(), "before it is known to follow a visit, no grade is asked");

        d.follows(Optional.of(earlier));
        assertEquals(earlier.intake().concerns(), d.toIntake().concerns(), "the concerns come along");
        assertNull(d.goodmanGradeProperty().get(), "this visit's grade is still to be given");
        assertEquals(3, d.visitFollowed().orElseThrow().intake().goodmanBaronGrade(), "the last one is the hint");
        assertTrue(d.gradeRequired());
        assertEquals(List.of(Problem.of("goodmanBaronGrade", ProblemCode.GRADE_REQUIRED_AT_FOLLOW_UP)),
                d.problemsProperty().get());
        assertNull(d.planProperty().get(), "no plan without this visit's grade");
        assertEquals(Step.CONCERNS, ConsultationView.resumeStep(Optional.empty(), d), "it opens where the gap is");
        assertEquals(Step.CONCERNS, ConsultationView.resumeStep(Optional.of(Step.PLAN.ordinal()), d),
                "even when it was left further on");
        assertTrue(d.changesProperty().get().isEmpty(), "a grade not given yet is no change");

        d.goodmanGradeProperty().set(2);
        assertTrue(d.problemsProperty().get().isEmpty());
        assertNotNull(d.planProperty().get());
        assertEquals(1, d.changesProperty().get().changes().size(), "better by a grade: " + d.changesProperty().get());
    }

    @Test
    void aFirstConsultationStaysOptionalToGrade() {
        ConsultationDraft d = complete();
        d.follows(Optional.empty());
        assertFalse(d.gradeRequired());
        assertTrue(d.problemsProperty().get().isEmpty());
        assertNotNull(d.planProperty().get());
    }
}
