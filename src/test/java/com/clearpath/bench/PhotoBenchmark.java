package com.clearpath.bench;

import com.clearpath.app.Clinic;
import com.clearpath.app.Consultations;
import com.clearpath.app.Photos;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.compare.PhotoDecoder;
import com.clearpath.ui.photos.PhotoViewer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javax.imageio.ImageIO;

/**
 * Photos at the records' end: a 12-megapixel JPEG added until its thumbnail is decoded (what the gallery shows after
 * a drop), a gallery of 60 photos read and decoded, and the heap after browsing 60 full photos one at a time in the
 * gallery's viewer, each decoded down-sampled to a 1280 × 960 screen, which must stay within 100 MB of before (the
 * step fails otherwise). JavaFX decodes, so its toolkit starts headless under Monocle unless a platform is given. Run
 * with {@code java -cp target/test-classes:target/classes:<test classpath> com.clearpath.bench.PhotoBenchmark [--quick]}.
 */
public final class PhotoBenchmark {
    /** How much more the heap may hold after browsing the gallery than before. */
    static final int BROWSE_HEAP_MAX_MB = 100;

    private PhotoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path temp = Files.createTempDirectory("clearpath-photo-bench-");
        Clinic clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), Clock.systemUTC(), "bench");
        clinic.open();
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        Consultations consultations = new Consultations(clinic, "bench");
        Intake in = IntakeBuilder.intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation visit = consultations.finalise(consultations.saveDraft(
                StoredConsultation.newDraft(in).with(null, in, planner.plan(in), List.of()), new DraftExtras(List.of(), 0)));
        Photos photos = new Photos(clinic);
        photos.recordConsent(visit.clientId(), true, false, "bench", 1);

        Path big = temp.resolve("front-12mp.jpg");
        Files.write(big, jpeg(quick ? 1600 : 4000, quick ? 1200 : 3000, 1));
        int runs = quick ? 2 : 7;
        double[] add = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            Photo p = photos.add(visit.id(), big, PhotoView.FRONT, Optional.empty());
            ImageIO.read(new ByteArrayInputStream(photos.thumbnail(p.id())));
            add[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(add);

        int galleryPhotos = quick ? 10 : 60;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < galleryPhotos; i++) {
            Path f = temp.resolve("p" + i + ".jpg");
            Files.write(f, jpeg(quick ? 800 : 2400, quick ? 600 : 1800, i + 2));
            files.add(f);
        }
        StoredConsultation next = consultations.finalise(consultations.saveDraft(consultations.startFollowUp(
                visit.clientId()).with(visit.clientId(), in, planner.plan(in), List.of()), new DraftExtras(List.of(), 0)));
        for (Path f : files) {
            photos.add(next.id(), f, PhotoView.values()[files.indexOf(f) % PhotoView.values().length], Optional.empty());
        }
        double[] gallery = new double[quick ? 2 : 5];
        for (int r = 0; r < gallery.length; r++) {
            long s = System.nanoTime();
            for (Photo p : photos.list(next.id())) {
                ImageIO.read(new ByteArrayInputStream(photos.thumbnail(p.id())));
            }
            gallery[r] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(gallery);

        startToolkit();
        PhotoViewer viewer = new PhotoViewer(new SameThreadBackgroundTasks(), new PhotoDecoder(photos)::decode,
                photos.list(next.id()), 1280, 960, 1);
        long before = heapAfterGc();
        int browsed = 0;
        for (viewer.open(0); ; viewer.next()) {
            boolean screenSized = viewer.pictureProperty().get() instanceof PhotoViewer.Shown shown
                    && shown.image().getWidth() <= 1280 && shown.image().getHeight() <= 960;
            if (!screenSized) {
                throw new IllegalStateException("photo " + browsed + " was not shown at screen size: "
                        + viewer.pictureProperty().get());
            }
            browsed++;
            if (!viewer.hasNext().get()) {
                break;
            }
        }
        long after = heapAfterGc();
        double browsedMb = Math.max(0, after - before) / 1e6;
        if (browsed != galleryPhotos) {
            throw new IllegalStateException(browsed + " photos browsed of " + galleryPhotos);
        }
        clinic.close();

        System.out.printf(Locale.ROOT, "photo: %d × %d JPEG added until its thumbnail is decoded: median %.0f ms"
                + " (min %.0f, max %.0f, %d runs)%n", quick ? 1600 : 4000, quick ? 1200 : 3000, add[runs / 2], add[0],
                add[runs - 1], runs);
        System.out.printf(Locale.ROOT, "  gallery of %d photos (list + every thumbnail decoded): median %.0f ms%n",
                galleryPhotos, gallery[gallery.length / 2]);
        System.out.printf(Locale.ROOT, "  heap after browsing %d full photos at screen size in the viewer: %+.1f MB"
                + " (at most %d MB: %s)%n", galleryPhotos, browsedMb, BROWSE_HEAP_MAX_MB,
                browsedMb <= BROWSE_HEAP_MAX_MB ? "met" : "NOT MET");
        System.out.printf(Locale.ROOT, "@ photo_add_ms=%.0f%n@ photo_gallery_ms=%.0f%n@ photo_gallery_count=%d%n"
                + "@ photo_browse_heap_mb=%.1f%n@ photo_megapixels=%d%n", add[runs / 2], gallery[gallery.length / 2],
                galleryPhotos, browsedMb, quick ? 2 : 12);
        // The toolkit's threads would keep the JVM up; the exit also says whether the heap stayed within its bound.
        System.exit(browsedMb <= BROWSE_HEAP_MAX_MB ? 0 : 1);
    }

    /** JavaFX's toolkit, which decodes the photos; headless under Monocle unless the command line chose a platform. */
    private static void startToolkit() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    /** A photo-like JPEG: a gradient with noise, so it compresses as a camera's does rather than as flat colour. */
    private static byte[] jpeg(int width, int height, int seed) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(224, 172, 150), width, height, new Color(150, 100, 90)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Random r = new Random(seed);
        for (int i = 0; i < width * height / 8; i++) {
            int x = r.nextInt(width);
            int y = r.nextInt(height);
            img.setRGB(x, y, img.getRGB(x, y) ^ (r.nextInt(32) * 0x010101));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
