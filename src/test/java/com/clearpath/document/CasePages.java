package com.clearpath.document;

import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.engine.IntakeGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Prints the handout's page count for the public cases and generated single-concern intakes (a look at the budget). */
public final class CasePages {
    private CasePages() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        HandoutRenderer r = new HandoutRenderer();
        for (String c : List.of("01-", "02-", "03-", "04-", "05-", "06-", "07-", "10-", "11-", "12-")) {
            StringBuilder line = new StringBuilder(c);
            for (Language l : Language.values()) {
                for (PaperSize p : PaperSize.values()) {
                    Path f = dir.resolve("case" + c + l.code() + "-" + p.code() + ".pdf");
                    try (OutputStream out = Files.newOutputStream(f)) {
                        line.append(' ').append(l).append('/').append(p).append('=')
                                .append(r.render(Samples.input(HandoutProtocolTest.intakeOf(c)), l, p, out));
                    }
                }
            }
            System.out.println(line);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int[] one = new int[4];
        int single = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Intake intake = IntakeGenerator.generate(new Random(GeneratedHandoutPagesTest.BASE_SEED + i),
                    GeneratedHandoutPagesTest.TODAY);
            DocumentInput input = Samples.input(intake);
            if (intake.concernKinds().size() > 1 || input.plan().protocol() == null
                    || input.plan().protocol().steps().isEmpty()) {
                continue;
            }
            single++;
            int k = 0;
            StringBuilder over = new StringBuilder();
            for (Language l : Language.values()) {
                for (PaperSize p : PaperSize.values()) {
                    int pages = r.render(input, l, p, new ByteArrayOutputStream());
                    if (pages == 1) {
                        one[k]++;
                    } else {
                        over.append(' ').append(l).append('/').append(p);
                    }
                    k++;
                }
            }
            if (over.length() > 0) {
                System.out.println("seed " + (GeneratedHandoutPagesTest.BASE_SEED + i) + " " + intake.concernKinds()
                        + " over:" + over);
            }
        }
        System.out.printf("single-concern %d; one page EN/L %d EN/A4 %d ES/L %d ES/A4 %d; %.1f s%n", single,
                one[0], one[1], one[2], one[3], (System.nanoTime() - t0) / 1e9);
    }
}
