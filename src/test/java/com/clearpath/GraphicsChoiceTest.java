package com.clearpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphicsChoiceTest {
    @TempDir
    Path dev;
    private String prismOrder;

    @BeforeEach
    void setAsideTheRenderer() {
        // The tests themselves run with prism.order set (Monocle draws in software); put it back afterwards.
        prismOrder = System.getProperty(GraphicsChoice.PRISM_ORDER);
        System.clearProperty(GraphicsChoice.PRISM_ORDER);
        System.clearProperty(GraphicsChoice.REGION_CACHING);
    }

    @AfterEach
    void restoreTheRenderer() {
        if (prismOrder == null) {
            System.clearProperty(GraphicsChoice.PRISM_ORDER);
        } else {
            System.setProperty(GraphicsChoice.PRISM_ORDER, prismOrder);
        }
        System.clearProperty(GraphicsChoice.REGION_CACHING);
    }

    @Test
    void aRenderNodeOrAnNvidiaDeviceIsAGraphicsDevice() throws IOException {
        assertFalse(GraphicsChoice.hasGraphicsDevice(dev), "nothing under /dev");
        Files.createDirectories(dev.resolve("dri/by-path"));
        assertFalse(GraphicsChoice.hasGraphicsDevice(dev), "an empty /dev/dri");
        Files.createFile(dev.resolve("dri/renderD128"));
        assertTrue(GraphicsChoice.hasGraphicsDevice(dev));

        Path other = Files.createDirectories(dev.resolve("other"));
        Files.createDirectories(other.resolve("dri"));
        Files.createFile(other.resolve("dri/card0"));
        assertTrue(GraphicsChoice.hasGraphicsDevice(other));

        Path nvidia = Files.createDirectories(dev.resolve("nvidia"));
        Files.createFile(nvidia.resolve("nvidiactl"));
        assertTrue(GraphicsChoice.hasGraphicsDevice(nvidia));
    }

    @Test
    void aMachineWithAGraphicsDeviceIsLeftToJavaFx() throws IOException {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/card0"));
        assertEquals(GraphicsChoice.Outcome.LEFT_TO_JAVAFX, GraphicsChoice.apply("Linux", dev, Map.of()));
        assertEquals(null, System.getProperty(GraphicsChoice.PRISM_ORDER));
        assertEquals(null, System.getProperty(GraphicsChoice.REGION_CACHING));
    }

    @Test
    void otherSystemsAndAChoiceOfTheUsersAreLeftAlone() {
        assertEquals(GraphicsChoice.Outcome.LEFT_TO_JAVAFX, GraphicsChoice.apply("Windows 11", dev, Map.of()));
        assertEquals(GraphicsChoice.Outcome.LEFT_TO_JAVAFX, GraphicsChoice.apply("Mac OS X", dev, Map.of()));
        assertEquals(null, System.getProperty(GraphicsChoice.PRISM_ORDER));

        System.setProperty(GraphicsChoice.PRISM_ORDER, "es2");
        assertEquals(GraphicsChoice.Outcome.LEFT_TO_JAVAFX, GraphicsChoice.apply("Linux", dev, Map.of()));
        assertEquals("es2", System.getProperty(GraphicsChoice.PRISM_ORDER));
    }

    @Test
    void withoutAGraphicsDeviceJavaFxDrawsInSoftwareFromTheStart() {
        GraphicsChoice.Outcome outcome = GraphicsChoice.apply("Linux", dev, Map.of(GraphicsChoice.GDK_GL, "always"));
        assertEquals("sw", System.getProperty(GraphicsChoice.PRISM_ORDER));
        assertEquals("true", System.getProperty(GraphicsChoice.REGION_CACHING));
        assertEquals(GraphicsChoice.Outcome.SOFTWARE, outcome, "a GDK_GL of the user's own is kept");
    }

    @Test
    void aGdkGlAlreadyTurnedOffIsReportedAsOpenGlLeftUnloaded() {
        assertTrue(GraphicsChoice.drawsInSoftware("Linux", dev), "asked before anything is chosen");
        assertNull(System.getProperty(GraphicsChoice.PRISM_ORDER), "asking chooses nothing");
        GraphicsChoice.Outcome outcome = GraphicsChoice.apply("Linux", dev, Map.of(GraphicsChoice.GDK_GL, "disable"));
        assertEquals(GraphicsChoice.Outcome.SOFTWARE_WITHOUT_OPENGL, outcome, "as the desktop entry sets it");
        assertFalse(GraphicsChoice.drawsInSoftware("Linux", dev), "a renderer is now chosen");
        assertFalse(GraphicsChoice.drawsInSoftware("Windows 11", dev));
    }
}
