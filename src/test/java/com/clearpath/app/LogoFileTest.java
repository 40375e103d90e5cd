package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picked logo file becomes a print-ready PNG, or is refused with a sentence; a huge file is never read. */
class LogoFileTest {
    @TempDir
    Path folder;

    @Test
    void aJpegBecomesAPngNoLargerThanPrintNeeds() throws IOException, LogoFile.Refused {
        Path file = folder.resolve("logo.jpg");
        ImageIO.write(new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        byte[] png = LogoFile.read(file);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(720, read.getWidth());
        assertEquals(240, read.getHeight());
        assertEquals((byte) 0x89, png[0]);
    }

    @Test
    void somethingElseIsRefusedWithASentence() throws IOException {
        Path file = folder.resolve("logo.png");
        Files.writeString(file, "<svg xmlns='http://www.w3.org/2000/svg'/>");
        LogoFile.Refused refused = assertThrows(LogoFile.Refused.class, () -> LogoFile.read(file));
        assertEquals(LogoFile.Reason.NOT_AN_IMAGE, refused.reason());
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = folder.resolve("poster.png");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024);
        }
        LogoFile.Refused refused = assertThrows(LogoFile.Refused.class, () -> LogoFile.read(file));
        assertEquals(LogoFile.Reason.TOO_LARGE, refused.reason());
    }

    @Test
    void aFileThatIsGoneIsAFileProblem() {
        assertThrows(NoSuchFileException.class, () -> LogoFile.read(folder.resolve("moved.png")));
    }
}
