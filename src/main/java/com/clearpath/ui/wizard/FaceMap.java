package com.clearpath.ui.wizard;

import com.clearpath.domain.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The face drawn from {@code face-map.svg}: each path whose id is a zone code can be clicked to add or remove that
 * zone; the other paths (outline, eyes, mouth) are drawn but let clicks through. The client's left is on the
 * viewer's right, as in the drawing. Mouse only: the zone check boxes beside it do the same from the keyboard.
 */
final class FaceMap {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final String RESOURCE = "/com/clearpath/ui/face-map.svg";
    private static List<Shape> cached;

    /** One {@code <path>} of the drawing: its zone (if it is one) and how the file paints it. */
    record Shape(Optional<Zone> zone, String d, String fill, String stroke, double strokeWidth) {
    }

    private FaceMap() {
    }

    /** The drawing's paths, read once. */
    static synchronized List<Shape> shapes() {
        if (cached == null) {
            try (InputStream in = FaceMap.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The face map is missing from the application");
                }
                cached = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    /** Reads every {@code <path>} in document order; ids that are not zone codes count as decoration. */
    static List<Shape> parse(InputStream svg) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // The file is ours, but a parser that never fetches anything is the safe default.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setNamespaceAware(false);
            Document doc = f.newDocumentBuilder().parse(svg);
            NodeList paths = doc.getElementsByTagName("path");
            List<Shape> out = new ArrayList<>();
            for (int i = 0; i < paths.getLength(); i++) {
                Element p = (Element) paths.item(i);
                String d = p.getAttribute("d");
                if (d.isBlank()) {
                    continue;
                }
                out.add(new Shape(zoneOf(p.getAttribute("id")), d, p.getAttribute("fill"), p.getAttribute("stroke"),
                        parseWidth(p.getAttribute("stroke-width"))));
            }
            return List.copyOf(out);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The face map could not be read: " + e.getMessage(), e);
        }
    }

    private static Optional<Zone> zoneOf(String id) {
        for (Zone z : Zone.values()) {
            if (z.name().equals(id)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }

    private static double parseWidth(String s) {
        try {
            return s.isBlank() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The face as nodes, scaled by {@code scale}; clicking a zone toggles it in {@code selected}, and the zones in
     * {@code selected} are drawn as chosen.
     */
    static Node create(ObservableSet<Zone> selected, WizardText text, double scale) {
        Group drawing = new Group();
        for (Shape s : shapes()) {
            SVGPath path = new SVGPath();
            path.setContent(s.d());
            if (s.zone().isPresent()) {
                Zone zone = s.zone().get();
                path.setId("face-zone-" + zone.name());
                path.getStyleClass().add("face-zone");
                path.pseudoClassStateChanged(SELECTED, selected.contains(zone));
                selected.addListener((SetChangeListener<Zone>) c -> path.pseudoClassStateChanged(SELECTED,
                        selected.contains(zone)));
                path.setOnMouseClicked(e -> {
                    if (!path.isDisabled()) {
                        if (!selected.remove(zone)) {
                            selected.add(zone);
                        }
                    }
                });
                Tooltip.install(path, new Tooltip(text.zone(zone)));
                path.setAccessibleText(text.zone(zone));
            } else {
                path.getStyleClass().add("face-outline");
                path.setFill(paint(s.fill()));
                path.setStroke(paint(s.stroke()));
                path.setStrokeWidth(s.strokeWidth());
                path.setMouseTransparent(true);
            }
            drawing.getChildren().add(path);
        }
        drawing.setScaleX(scale);
        drawing.setScaleY(scale);
        // Scaling a Group does not change its layout bounds; wrapping it makes the parent lay out the scaled size.
        Group holder = new Group(drawing);
        holder.getStyleClass().add("face-map");
        return holder;
    }

    private static Paint paint(String svgColour) {
        if (svgColour == null || svgColour.isBlank() || svgColour.equals("none")) {
            return Color.TRANSPARENT;
        }
        try {
            return Color.web(svgColour);
        } catch (IllegalArgumentException e) {
            return Color.TRANSPARENT;
        }
    }
}
