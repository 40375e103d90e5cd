package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import com.clearpath.domain.Signature;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.ConsentText;
import com.clearpath.engine.ConsentTexts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signed consent document read back with PDFBox, in English and Spanish. */
class ConsentRendererTest {
    private static final ZonedDateTime SIGNED = ZonedDateTime.of(2026, 12, 4, 16, 42, 0, 0, ZoneId.of("Europe/Madrid"));

    static ConsentTexts texts() throws Exception {
        try (InputStream in = ConsentRendererTest.class.getResourceAsStream("/com/clearpath/engine/consents-fixture.json")) {
            return ConsentTexts.read(in, "consents-fixture.json");
        }
    }

    static Signature signature(double slant) {
        List<Signature.Stroke> strokes = new ArrayList<>();
        List<Signature.Point> loop = new ArrayList<>();
        for (int i = 0; i <= 80; i++) {
            double a = i / 80.0 * Math.PI * 5;
            loop.add(new Signature.Point(30 + i * 3.4 + 14 * Math.cos(a) + slant * Math.sin(a) * 6,
                    80 - 26 * Math.sin(a) * (1 - i / 160.0)));
        }
        strokes.add(new Signature.Stroke(loop));
        List<Signature.Point> under = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            under.add(new Signature.Point(50 + i * 9, 118 + 4 * Math.sin(i / 5.0)));
        }
        strokes.add(new Signature.Stroke(under));
        strokes.add(new Signature.Stroke(List.of(new Signature.Point(330, 60))));
        return new Signature(400, 150, strokes);
    }

    static ConsentDocument document(Language language) throws Exception {
        ConsentTexts t = texts();
        boolean es = language == Language.ES;
        List<ConsentDocument.Part> parts = List.of(
                new ConsentDocument.Part(es ? "Micropunción" : "Microneedling", t.get(Treatment.MICRONEEDLING).orElseThrow()),
                new ConsentDocument.Part(es ? "Subcisión" : "Subcision", t.get(Treatment.SUBCISION).orElseThrow()));
        ClinicProfile clinic = new ClinicProfile(es ? "Clínica Dermatológica Sol" : "Harbor Skin Clinic",
                es ? "Calle de Alcalá 45, 2.º\n28014 Madrid" : "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101",
                es ? "+34 910 123 456" : "(619) 555-0142", null);
        return new ConsentDocument(clinic, es ? "Lucía Fernández Ortega" : "Ana Reyes", LocalDate.of(1994, 3, 8),
                "3F2A9C1B", "7D41E0AA", language, parts, t.version(), SIGNED, signature(0),
                es ? "Dra. Marta Ruiz" : "Dr Marta Ruiz", Optional.of(signature(1)));
    }

    static byte[] render(ConsentDocument d, PaperSize paper) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsentRenderer().render(d, paper, out);
        return out.toByteArray();
    }

    @Test
    void theEnglishDocumentNamesTheVersionTheClientTheTreatmentsAndCarriesBothSignatures() throws Exception {
        byte[] pdf = render(document(Language.EN), PaperSize.LETTER);
        Pdf read = Pdf.read(pdf);
        String text = read.flat();
        for (String expected : List.of("Harbor Skin Clinic", "Informed consent", "Consent to Microneedling, Subcision",
                "Ana Reyes", "March 8, 1994", "Standard text, version 1", "What it is", "Common side effects",
                "Rare but serious risks", "Alternatives", "What we ask of you", "Your consent",
                "Signed on December 4, 2026 at 16:42", "Signature of the client", "Dr Marta Ruiz",
                "Consent texts 2026-12-04", "Consultation no. 3F2A9C1B")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(2, read.images(), "both signatures are images");
        assertEquals(List.of(), read.unembedded());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/consent-en.pdf"), pdf);
    }

    @Test
    void theSpanishDocumentIsInSpanishThroughout() throws Exception {
        byte[] pdf = render(document(Language.ES), PaperSize.A4);
        String text = Pdf.read(pdf).flat();
        for (String expected : List.of("Consentimiento informado", "Consentimiento para Micropunción, Subcisión",
                "Lucía Fernández Ortega", "8 de marzo de 1994", "Texto estándar, versión 1", "En qué consiste",
                "Riesgos poco frecuentes pero graves", "Firmado el 4 de diciembre de 2026 a las 16:42",
                "Firma del paciente", "Textos de consentimiento 2026-12-04")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(!text.contains("What it is") && !text.contains("Signed on"), text);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/consent-es.pdf"), pdf);
    }

    @Test
    void aPractitionerWhoDidNotDrawIsNamedAndOnlyTheClientsSignatureIsAnImage() throws Exception {
        ConsentDocument d = document(Language.EN);
        ConsentDocument named = new ConsentDocument(d.clinic(), d.clientName(), d.dateOfBirth(), d.consultationNumber(),
                d.consentNumber(), d.language(), List.of(d.parts().get(0)), d.textsVersion(), d.signedAt(),
                d.clientSignature(), d.practitionerName(), Optional.empty());
        Pdf read = Pdf.read(render(named, PaperSize.A4));
        assertEquals(1, read.images());
        assertTrue(read.flat().contains("Named, not signed by hand"), read.flat());
    }

    @Test
    void theStrokesAreDrawnInInkOnATransparentGround() {
        BufferedImage img = ConsentRenderer.rasterise(signature(0), 200, 60);
        assertEquals(800, img.getWidth());
        int inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                inked += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        assertTrue(inked > 2000 && inked < img.getWidth() * img.getHeight() / 4, "ink: " + inked);
        assertEquals(0, img.getRGB(0, 0) >>> 24, "the ground is transparent");
    }

    @Test
    void eachTextKeepsItsOwnVersionOnThePage() throws Exception {
        ConsentText m = texts().withOverride("{\"format\":\"clearpath-consents-override\",\"treatments\":{"
                + "\"MICRONEEDLING\":{\"version\":3,\"what\":{\"en\":\"Ours.\",\"es\":\"Nuestro.\"},"
                + "\"benefit\":{\"en\":\"B.\",\"es\":\"B.\"},\"commonRisks\":{\"en\":[\"R.\"],\"es\":[\"R.\"]},"
                + "\"rareRisks\":{\"en\":[\"R.\"],\"es\":[\"R.\"]},\"alternatives\":{\"en\":[\"A.\"],\"es\":[\"A.\"]},"
                + "\"duties\":{\"en\":[\"D.\"],\"es\":[\"D.\"]}}}}").texts().get(Treatment.MICRONEEDLING).orElseThrow();
        ConsentDocument d = document(Language.EN);
        ConsentDocument mixed = new ConsentDocument(d.clinic(), d.clientName(), d.dateOfBirth(), d.consultationNumber(),
                d.consentNumber(), d.language(), List.of(new ConsentDocument.Part("Microneedling", m), d.parts().get(1)),
                d.textsVersion(), d.signedAt(), d.clientSignature(), d.practitionerName(), d.practitionerSignature());
        String text = Pdf.read(render(mixed, PaperSize.LETTER)).flat();
        assertTrue(text.contains("This clinic's text, version 3"), text);
        assertTrue(text.contains("Standard text, version 1"), text);
    }
}
