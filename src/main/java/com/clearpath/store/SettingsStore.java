package com.clearpath.store;

import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clinic's settings in {@code settings.json} in the data folder, and its logo beside it as
 * {@value #LOGO_FILE}. Blocking: call off the FX thread.
 * <p>
 * Reading never fails: a missing file or field means the default, a field with a value this version does not know
 * is ignored (with a warning), and a file that is not JSON at all is moved aside as {@code settings.json.damaged-…}
 * (never deleted) before the defaults are used. Writing goes through a temporary owner-only file moved into place,
 * so a crash leaves the old settings or the new ones, never half of either; top-level sections this version does
 * not know are kept as they were.
 */
public final class SettingsStore {
    public static final String LOGO_FILE = "clinic-logo.png";
    static final String FORMAT = "clearpath.settings/1";
    private static final String CALENDAR = "planCalendar";
    /** Each save reads the file and writes it whole with its own part changed: two at once would lose one part. */
    private static final Object WRITING = new Object();
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Path logo;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(DataFolder folder) {
        this(folder, Clock.systemDefaultZone());
    }

    public SettingsStore(DataFolder folder, Clock clock) {
        this.file = folder.settings();
        this.logo = folder.root().resolve(LOGO_FILE);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The clinic's settings, or the defaults for whatever is missing or cannot be read. */
    public ClinicSettings load() {
        JsonNode root = readTree();
        if (root == null) {
            return ClinicSettings.defaults();
        }
        JsonNode clinic = root.path("clinic");
        JsonNode documents = root.path("documents");
        ClinicSettings defaults = ClinicSettings.defaults();
        byte[] logoPng = clinic.path("logo").isTextual() ? readLogo() : null;
        return new ClinicSettings(text(clinic, "name"), text(clinic, "address"), text(clinic, "phone"), logoPng,
                code(documents, "language", Language::fromCode, defaults.language()),
                code(documents, "paper", ClinicSettings.Paper::fromCode, defaults.paper()), consentMonths(root));
    }

    /** Writes the settings (and the logo, or removes it). */
    public void save(ClinicSettings settings) throws IOException {
        synchronized (WRITING) {
            saveClinic(settings);
        }
    }

    private void saveClinic(ClinicSettings settings) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        ObjectNode root = existingSectionsToKeep();
        root.put("format", FORMAT);
        ObjectNode clinic = root.putObject("clinic");
        clinic.put("name", settings.name());
        clinic.put("address", settings.address());
        clinic.put("phone", settings.phone());
        if (settings.logo().isPresent()) {
            AtomicFile.write(logo, settings.logoPng());
            clinic.put("logo", LOGO_FILE);
        } else {
            clinic.putNull("logo");
        }
        ObjectNode documents = root.putObject("documents");
        documents.put("language", settings.language().code());
        documents.put("paper", settings.paper().code());
        root.putObject("consents").put("validMonths", settings.consentValidMonths());
        AtomicFile.write(file, json.writeValueAsBytes(root));
        if (settings.logo().isEmpty()) {
            // Only after the settings no longer name it, so a crash in between never leaves a setting without its file.
            Files.deleteIfExists(logo);
        }
        LOG.info("Clinic settings saved (" + settings + ")");
    }

    /** The months a signed consent stays valid; the default, with a warning, for a figure outside 1–60. */
    private static int consentMonths(JsonNode root) {
        JsonNode n = root.path("consents").path("validMonths");
        if (n.isMissingNode()) {
            return ClinicSettings.CONSENT_VALID_MONTHS_DEFAULT;
        }
        if (!n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > ClinicSettings.CONSENT_VALID_MONTHS_MAX) {
            LOG.warning("Settings: consents.validMonths is not a whole number of months from 1 to "
                    + ClinicSettings.CONSENT_VALID_MONTHS_MAX + "; the default is used");
            return ClinicSettings.CONSENT_VALID_MONTHS_DEFAULT;
        }
        return n.asInt();
    }

    /**
     * The clinic's plan calendar; the defaults where the file has none (files from before the setting) and, with a
     * warning, for a figure that is not a whole number or does not make a calendar.
     */
    public PlanCalendar planCalendar() {
        JsonNode root = readTree();
        PlanCalendar defaults = PlanCalendar.defaults();
        if (root == null || !root.path(CALENDAR).isObject()) {
            return defaults;
        }
        JsonNode c = root.path(CALENDAR);
        JsonNode gap = c.path("gapAfterIndividualScarsWeeks");
        JsonNode prime = c.path("primeWeeks");
        PlanCalendar read = new PlanCalendar(
                whole(gap, "min", defaults.gapAfterIndividualScarsMinWeeks()),
                whole(gap, "max", defaults.gapAfterIndividualScarsMaxWeeks()),
                whole(c, "eventClearDays", defaults.eventClearDays()),
                whole(prime, "min", defaults.primeMinWeeks()), whole(prime, "max", defaults.primeMaxWeeks()));
        List<Problem> problems = read.problems();
        if (problems.isEmpty()) {
            return read;
        }
        LOG.warning("Settings: " + problems + "; the default is used for " + (problems.size() == 1 ? "it" : "them"));
        boolean gapBad = problems.stream().anyMatch(p -> p.path().equals(PlanCalendar.GAP_PATH));
        boolean eventBad = problems.stream().anyMatch(p -> p.path().equals(PlanCalendar.EVENT_PATH));
        boolean primeBad = problems.stream().anyMatch(p -> p.path().equals(PlanCalendar.PRIME_PATH));
        return new PlanCalendar(
                gapBad ? defaults.gapAfterIndividualScarsMinWeeks() : read.gapAfterIndividualScarsMinWeeks(),
                gapBad ? defaults.gapAfterIndividualScarsMaxWeeks() : read.gapAfterIndividualScarsMaxWeeks(),
                eventBad ? defaults.eventClearDays() : read.eventClearDays(),
                primeBad ? defaults.primeMinWeeks() : read.primeMinWeeks(),
                primeBad ? defaults.primeMaxWeeks() : read.primeMaxWeeks());
    }

    /** Writes the plan calendar (only figures that make one); the rest of the file is kept as it was. */
    public void savePlanCalendar(PlanCalendar calendar) throws IOException {
        if (!calendar.problems().isEmpty()) {
            throw new IllegalArgumentException("The plan calendar cannot be saved: " + calendar.problems());
        }
        synchronized (WRITING) {
            writeCalendar(calendar);
        }
        LOG.info("Plan calendar saved (" + calendar + ")");
    }

    private void writeCalendar(PlanCalendar calendar) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectNode root = existingSectionsToKeep();
        root.put("format", FORMAT);
        ObjectNode c = root.putObject(CALENDAR);
        ObjectNode gap = c.putObject("gapAfterIndividualScarsWeeks");
        gap.put("min", calendar.gapAfterIndividualScarsMinWeeks());
        gap.put("max", calendar.gapAfterIndividualScarsMaxWeeks());
        c.put("eventClearDays", calendar.eventClearDays());
        ObjectNode prime = c.putObject("primeWeeks");
        prime.put("min", calendar.primeMinWeeks());
        prime.put("max", calendar.primeMaxWeeks());
        AtomicFile.write(file, json.writeValueAsBytes(root));
    }

    /** The practitioner last named in a consultation on this workstation (computer), or empty. */
    public String lastPractitioner(String workstation) {
        JsonNode root = readTree();
        JsonNode n = root == null ? null : root.path("workstations").path(workstation).path("lastPractitioner");
        return n != null && n.isTextual() ? n.asText() : "";
    }

    /** Remembers the practitioner for the next consultation on this workstation; the rest of the file is kept. */
    public void rememberPractitioner(String workstation, String name) throws IOException {
        synchronized (WRITING) {
            remember(workstation, name);
        }
    }

    private void remember(String workstation, String name) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectNode root = existingSectionsToKeep();
        root.put("format", FORMAT);
        JsonNode stations = root.path("workstations");
        ObjectNode all = stations instanceof ObjectNode o ? o : root.putObject("workstations");
        JsonNode mine = all.path(workstation);
        ObjectNode station = mine instanceof ObjectNode o ? o : all.putObject(workstation);
        station.put("lastPractitioner", name);
        AtomicFile.write(file, json.writeValueAsBytes(root));
    }

    /** The file as JSON; null when there is none, and after moving a damaged one aside. */
    private JsonNode readTree() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The settings file cannot be read; using the default settings", e);
            return null;
        }
        String damage;
        try {
            JsonNode root = json.readTree(bytes);
            if (root != null && root.isObject()) {
                return root;
            }
            damage = "it is not a JSON object";
        } catch (IOException e) {
            damage = e.getMessage();
        }
        keepAside(damage);
        return null;
    }

    private void keepAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warning("The settings file is damaged (" + why + "); it is kept as " + aside.getFileName()
                    + " and the default settings are used");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The settings file is damaged (" + why + ") and could not be moved aside; using "
                    + "the default settings", e);
        }
    }

    /** Whatever else the file holds (for settings added later), so saving the clinic's part does not drop them. */
    private ObjectNode existingSectionsToKeep() {
        try {
            if (Files.isRegularFile(file)) {
                JsonNode root = json.readTree(file.toFile());
                if (root instanceof ObjectNode o) {
                    return o;
                }
            }
        } catch (IOException e) {
            // A damaged file is replaced by the settings being saved.
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private byte[] readLogo() {
        try {
            byte[] png = Files.readAllBytes(logo);
            if (ClinicLogo.isPng(png)) {
                return png;
            }
            LOG.warning(LOGO_FILE + " is not a PNG; the documents show the default mark");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The clinic logo cannot be read; the documents show the default mark", e);
        }
        return null;
    }

    private static String text(JsonNode section, String field) {
        JsonNode n = section.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            LOG.warning("Settings: clinic." + field + " is not text; left empty");
            return "";
        }
        return n.asText();
    }

    private static int whole(JsonNode section, String field, int fallback) {
        JsonNode n = section.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            LOG.warning("Settings: " + CALENDAR + " " + field + " is not a whole number; using " + fallback);
            return fallback;
        }
        return n.intValue();
    }

    private static <T> T code(JsonNode section, String field, Function<String, T> parse, T fallback) {
        JsonNode n = section.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        try {
            return parse.apply(n.asText());
        } catch (IllegalArgumentException e) {
            LOG.warning("Settings: documents." + field + " \"" + n.asText() + "\" is not known; using " + fallback);
            return fallback;
        }
    }
}
