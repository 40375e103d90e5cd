package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The face map file: one clickable path per face zone, the rest decoration. */
class FaceMapTest {

    @Test
    void everyFaceZoneHasExactlyOnePath() {
        List<FaceMap.Shape> shapes = FaceMap.shapes();
        Set<Zone> drawn = EnumSet.noneOf(Zone.class);
        for (FaceMap.Shape s : shapes) {
            s.zone().ifPresent(z -> assertTrue(drawn.add(z), z + " is drawn once"));
        }
        Set<Zone> face = EnumSet.allOf(Zone.class);
        face.removeIf(Zone::trunk);
        assertEquals(face, drawn, "chest and back are buttons, every other zone is on the face");
        assertTrue(shapes.stream().anyMatch(s -> s.zone().isEmpty() && s.strokeWidth() > 0), "the outline is drawn too");
    }

    @Test
    void pathsWithoutAZoneIdAreDecoration() throws IOException {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'><path id='CHIN' d='M0 0 L1 1 Z'/>"
                + "<path id='eyebrow' d='M2 2 L3 3' stroke='#8FB3AD' stroke-width='1.5'/><path d=''/></svg>";
        List<FaceMap.Shape> shapes = FaceMap.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, shapes.size(), "an empty path is skipped");
        assertEquals(Optional.of(Zone.CHIN), shapes.get(0).zone());
        assertEquals(Optional.empty(), shapes.get(1).zone());
        assertEquals(1.5, shapes.get(1).strokeWidth());
    }

    @Test
    void aDocumentTypeIsRefused() {
        String svg = "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg><path d='M0 0'/></svg>";
        assertThrows(IOException.class, () -> FaceMap.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void bandsMatchTheTypesOfTheScore() {
        for (int type = 1; type <= 6; type++) {
            String[] range = FitzpatrickQuestionnaire.band(type).split("\u2013");
            assertEquals(type, com.clearpath.domain.SkinProfile.typeForScore(Integer.parseInt(range[0])));
            assertEquals(type, com.clearpath.domain.SkinProfile.typeForScore(Integer.parseInt(range[1])));
        }
    }
}
