package com.clearpath.document;

import com.clearpath.domain.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample documents to a folder (default target/samples) for looking at them page by page. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        HandoutRenderer handout = new HandoutRenderer();
        ClinicianSummaryRenderer summary = new ClinicianSummaryRenderer();
        write(dir.resolve("handout-en-letter.pdf"), out -> handout.render(Samples.input(Samples.zoe()), Language.EN, PaperSize.LETTER, out));
        write(dir.resolve("handout-es-a4.pdf"), out -> handout.render(Samples.input(Samples.maria()), Language.ES, PaperSize.A4, out));
        write(dir.resolve("handout-defer.pdf"), out -> handout.render(Samples.input(Samples.deferred()), Language.EN, PaperSize.LETTER, out));
        write(dir.resolve("handout-defer-es.pdf"), out -> handout.render(Samples.input(Samples.deferred()), Language.ES, PaperSize.LETTER, out));
        write(dir.resolve("handout-many.pdf"), out -> handout.render(Samples.input(Samples.many()), Language.EN, PaperSize.LETTER, out));
        write(dir.resolve("clinician-summary.pdf"), out -> summary.render(Samples.input(Samples.zoe())
                .withOverrides(Samples.overrides()).withFitzpatrickScore(21), PaperSize.LETTER, out));
        write(dir.resolve("clinician-summary-defer.pdf"), out -> summary.render(Samples.input(Samples.deferred()), PaperSize.A4, out));
    }

    interface Render {
        int to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Render render) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            int pages = render.to(out);
            System.out.println(file + ": " + pages + " pages");
        }
    }
}
