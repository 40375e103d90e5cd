package com.clearpath.ui.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Signature;
import com.clearpath.ui.consent.ConsentSigning.SignatureProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signing refuses what is not a signature, says why, and hands over exactly what was drawn. */
class ConsentSigningTest {
    private static final ConsentReading READING = new ConsentReading("Microneedling consent", "Version 3", "Ana Reyes",
            List.of(new ConsentReading.Part("What happens", List.of("Fine needles make tiny channels."), false)));

    private final ConsentSigning signing = new ConsentSigning(READING);
    private final List<Signed> told = new ArrayList<>();

    ConsentSigningTest() {
        signing.onSigned(told::add);
        signing.client().viewSize(440, 170);
        signing.practitioner().viewSize(440, 110);
    }

    @Test
    void anEmptyPadAndABlankNameAreRefusedEachWithItsReason() {
        assertTrue(signing.sign().isEmpty());
        assertEquals(SignatureProblem.NOT_SIGNED, signing.clientProblemProperty().get());
        assertTrue(signing.nameMissingProperty().get());
        assertNull(signing.practitionerProblemProperty().get(), "the countersignature may be left out");
        assertTrue(told.isEmpty());
    }

    @Test
    void aDotIsRefusedAndTheRefusalGoesWhenTheClientDrawsAgain() {
        signing.practitionerNameProperty().set("J. Park");
        dot(signing.client(), 100, 100);
        assertTrue(signing.sign().isEmpty());
        assertEquals(SignatureProblem.TOO_SHORT, signing.clientProblemProperty().get());
        assertFalse(signing.nameMissingProperty().get());

        signature(signing.client());
        assertNull(signing.clientProblemProperty().get(), "drawing again takes the refusal away");
        assertTrue(signing.sign().isPresent(), "the dot and the signature together are long enough");
    }

    @Test
    void aShortSlipIsNoSignatureEither() {
        signing.practitionerNameProperty().set("J. Park");
        line(signing.client(), 50, 100, 70, 100);
        assertTrue(signing.sign().isEmpty());
        assertEquals(SignatureProblem.TOO_SHORT, signing.clientProblemProperty().get());
    }

    @Test
    void aSignatureAndANameGiveTheStrokesAsDrawnWithoutACountersignature() {
        signature(signing.client());
        signing.practitionerNameProperty().set("  J. Park ");
        Optional<Signed> signed = signing.sign();

        assertTrue(signed.isPresent());
        Signature client = signed.get().client();
        assertTrue(client.isSigned());
        assertEquals(440, client.width());
        assertEquals(170, client.height());
        assertEquals(2, client.strokes().size());
        assertEquals(new Signature.Point(40, 120), client.strokes().get(0).points().get(0));
        assertEquals("J. Park", signed.get().practitionerName());
        assertEquals(Optional.empty(), signed.get().practitioner());
        assertEquals(List.of(signed.get()), told);
    }

    @Test
    void aCountersignatureIsKeptAndADottedOneRefused() {
        signature(signing.client());
        signing.practitionerNameProperty().set("J. Park");
        dot(signing.practitioner(), 30, 30);
        assertTrue(signing.sign().isEmpty());
        assertEquals(SignatureProblem.TOO_SHORT, signing.practitionerProblemProperty().get());
        assertNull(signing.clientProblemProperty().get());

        signing.practitioner().clear();
        signature(signing.practitioner());
        Signed signed = signing.sign().orElseThrow();
        assertEquals(110, signed.practitioner().orElseThrow().height());
        assertEquals(2, signed.practitioner().orElseThrow().strokes().size());
    }

    @Test
    void undoRedoAndClearAreStepsThatCanBeTakenBack() {
        SignatureStrokes pad = signing.client();
        assertFalse(pad.canUndoProperty().get());
        signature(pad);
        assertEquals(2, pad.strokeCountProperty().get());
        pad.undo();
        assertEquals(1, pad.strokeCountProperty().get());
        assertTrue(pad.canRedoProperty().get());
        pad.redo();
        assertEquals(2, pad.strokeCountProperty().get());
        assertFalse(pad.canRedoProperty().get());

        pad.clear();
        assertEquals(0, pad.strokeCountProperty().get());
        assertFalse(signing.drawnOnProperty().get(), "an empty pad has nothing to lose");
        pad.undo();
        assertEquals(2, pad.strokeCountProperty().get(), "a clear by mistake comes back");
        pad.redo();
        assertEquals(0, pad.strokeCountProperty().get());

        pad.undo();
        pad.undo();
        line(pad, 10, 10, 200, 10);
        assertFalse(pad.canRedoProperty().get(), "a new stroke ends what could be redone");
        assertEquals(2, pad.strokeCountProperty().get());
    }

    @Test
    void strokesOnTheScreenAreKeptInTheDrawingsSizeWhenThePadIsResized() {
        SignatureStrokes pad = signing.client();
        line(pad, 40, 120, 200, 120);
        pad.viewSize(880, 340);
        assertEquals(2.0, pad.scale());
        line(pad, 400, 100, 600, 100);
        Signature s = pad.signature();
        assertEquals(440, s.width(), "the size the first stroke was drawn at");
        assertEquals(new Signature.Point(200, 50), s.strokes().get(1).points().get(0));
        assertEquals(new Signature.Point(300, 50), s.strokes().get(1).points().get(s.strokes().get(1).points().size() - 1));
    }

    @Test
    void pointsOutsideThePadStayOnItsEdgeAndTinyMovesAddNothing() {
        SignatureStrokes pad = signing.client();
        pad.begin(10, 10);
        pad.extend(10.2, 10.1);
        pad.extend(-50, 500);
        pad.end();
        List<Signature.Point> points = pad.signature().strokes().get(0).points();
        assertEquals(List.of(new Signature.Point(10, 10), new Signature.Point(0, 170)), points);
    }

    @Test
    void cancellingAsksOnlyWhenSomethingIsDrawn() {
        assertFalse(signing.drawnOnProperty().get());
        signing.practitionerNameProperty().set("J. Park");
        assertFalse(signing.drawnOnProperty().get(), "a typed name is typed again in a moment");
        dot(signing.practitioner(), 5, 5);
        assertTrue(signing.drawnOnProperty().get());
    }

    private static void dot(SignatureStrokes pad, double x, double y) {
        pad.begin(x, y);
        pad.end();
    }

    private static void line(SignatureStrokes pad, double x1, double y1, double x2, double y2) {
        pad.begin(x1, y1);
        for (int i = 1; i <= 10; i++) {
            pad.extend(x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10);
        }
        pad.end();
    }

    /** Two strokes: a loop-ish first name and an underline. */
    private static void signature(SignatureStrokes pad) {
        pad.begin(40, 120);
        for (int i = 1; i <= 30; i++) {
            pad.extend(40 + i * 8, 120 - 30 * Math.sin(i / 3.0));
        }
        pad.end();
        line(pad, 40, 140, 300, 135);
    }
}
