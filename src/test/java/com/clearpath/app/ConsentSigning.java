package com.clearpath.app;

import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.Language;
import com.clearpath.domain.Signature;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.CatalogException;
import com.clearpath.engine.ConsentTexts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consents signed as a client would sign them (a real signature of strokes), for tests that need one. */
public final class ConsentSigning {
    private ConsentSigning() {
    }

    /** The two-treatment texts file of the tests (MICRONEEDLING and SUBCISION). */
    public static ConsentTexts fixture() {
        try (InputStream in = ConsentSigning.class.getResourceAsStream("/com/clearpath/engine/consents-fixture.json")) {
            return ConsentTexts.read(in, "consents-fixture.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short text for every treatment, so any plan's treatments can be consented to. */
    public static ConsentTexts everyTreatment() {
        StringBuilder json = new StringBuilder("{\"format\":\"clearpath-consents\",\"version\":\"test\",\"photo\":"
                + "{\"version\":1,\"title\":" + both("Photos") + ",\"clinicalRecords\":" + lines("Kept")
                + ",\"marketing\":" + lines("Not shown") + "},\"treatments\":[");
        for (Treatment t : Treatment.values()) {
            json.append(t.ordinal() == 0 ? "" : ",").append("{\"code\":\"").append(t.name())
                    .append("\",\"version\":1,\"what\":").append(both("What " + t)).append(",\"benefit\":")
                    .append(both("Benefit")).append(",\"commonRisks\":").append(lines("Redness"))
                    .append(",\"rareRisks\":").append(lines("Infection")).append(",\"alternatives\":")
                    .append(lines("None")).append(",\"duties\":").append(lines("Sun care")).append("}");
        }
        json.append("]}");
        try {
            return ConsentTexts.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String both(String text) {
        return "{\"en\":\"" + text + "\",\"es\":\"" + text + "\"}";
    }

    private static String lines(String text) {
        return "{\"en\":[\"" + text + "\"],\"es\":[\"" + text + "\"]}";
    }

    /** A hand-drawn name: a few strokes across a 400 by 150 pad. */
    public static Signature signature() {
        List<Signature.Stroke> strokes = new ArrayList<>();
        List<Signature.Point> loop = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double a = i / 60.0 * Math.PI * 4;
            loop.add(new Signature.Point(40 + i * 3.2 + 18 * Math.cos(a), 85 - 28 * Math.sin(a) - i * 0.3));
        }
        strokes.add(new Signature.Stroke(loop));
        List<Signature.Point> tail = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            tail.add(new Signature.Point(240 + i * 3, 95 - 30 * Math.sin(i / 40.0 * Math.PI) + (i > 30 ? (i - 30) * 2 : 0)));
        }
        strokes.add(new Signature.Stroke(tail));
        strokes.add(new Signature.Stroke(List.of(new Signature.Point(60, 120), new Signature.Point(330, 112))));
        return new Signature(400, 150, strokes);
    }

    /** The client of the consultation signs for every treatment of its agreed plan. */
    public static ConsentStanding signAgreed(Clinic clinic, UUID consultationId) throws Exception {
        Consents consents = new Consents(clinic, ConsentSigning::everyTreatment);
        return consents.sign(consultationId, consents.agreedTreatments(consultationId), Language.EN, signature(),
                "Dr Ruiz", Optional.of(signature()));
    }
}
