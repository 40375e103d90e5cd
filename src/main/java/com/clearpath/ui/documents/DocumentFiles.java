package com.clearpath.ui.documents;

import com.clearpath.document.DocumentKind;
import com.clearpath.domain.Client;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.ui.common.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The names and the folder Save PDF and the visits file start with, and Save PDF's file chooser. */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    /**
     * "Garcia-Jose-2026-11-20-handout-es.pdf" or "…-summary.pdf": whose it is, the visit, the kind and the language,
     * so a folder of saved documents sorts by client and the front desk finds the right one.
     */
    public static String fileName(Intake intake, DocumentKind kind, Language language) {
        Client client = intake.client();
        LocalDate on = intake.consultedOn();
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {client == null ? null : client.lastName(), client == null ? null : client.firstName(),
                on == null ? null : on.toString()}) {
            String safe = fileNameSafe(part);
            if (!safe.isEmpty()) {
                name.append(safe).append('-');
            }
        }
        return name + (kind == DocumentKind.HANDOUT ? "handout-" + language.code() : "summary") + ".pdf";
    }

    /** Letters, digits and single dashes only: nothing a file system, a mail program or a shell would trip over. */
    public static String fileNameSafe(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : '-'));
        return out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    /** Asks where Save PDF writes, starting in {@link #defaultSaveFolder}; empty when the chooser is cancelled. */
    public static Optional<Path> choosePdf(Messages text, Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("print.chooser"));
        chooser.setInitialFileName(suggested);
        Path folder = defaultSaveFolder(Path.of(System.getProperty("user.home")));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("print.fileType"), "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Where Save PDF opens: the user's Documents folder when there is one, else their home folder. */
    public static Path defaultSaveFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
