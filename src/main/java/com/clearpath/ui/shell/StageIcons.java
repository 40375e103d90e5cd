package com.clearpath.ui.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.scene.image.Image;

/**
 * The app icon in the sizes a window shows (title bar, task switcher, dock); sizes that are missing are simply
 * skipped. The 512 px icon is for the installers only: decoding it took a fifth of the time of all of them.
 */
public final class StageIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final Logger LOG = Logger.getLogger(StageIcons.class.getName());
    private static final String PATH = "/com/clearpath/ui/icons/icon-%d.png";

    private final List<Image> images;
    private final List<Integer> sizes;

    private StageIcons(List<Image> images, List<Integer> sizes) {
        this.images = List.copyOf(images);
        this.sizes = List.copyOf(sizes);
    }

    /** Loads whatever sizes exist; safe to call before the FX thread has a window. */
    public static StageIcons load() {
        List<Image> images = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int size : SIZES) {
            URL url = StageIcons.class.getResource(String.format(PATH, size));
            if (url == null) {
                continue;
            }
            Image image = new Image(url.toExternalForm());
            if (image.isError()) {
                LOG.warning("App icon " + size + " px could not be read");
                continue;
            }
            images.add(image);
            sizes.add(size);
        }
        return new StageIcons(images, sizes);
    }

    public List<Image> all() {
        return images;
    }

    /** The smallest icon at least {@code size} pixels wide, for the logo in the navigation. */
    public Optional<Image> atLeast(int size) {
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) >= size) {
                return Optional.of(images.get(i));
            }
        }
        return images.isEmpty() ? Optional.empty() : Optional.of(images.get(images.size() - 1));
    }
}
