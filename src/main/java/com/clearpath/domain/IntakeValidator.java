package com.clearpath.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an intake against every rule of the exchange format and returns all problems at once, each with its
 * field path. Works on partial drafts: a missing required field is a problem, never an exception.
 */
public final class IntakeValidator {
    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 4000;
    /** Room for any international number with spaces, an extension and a short note ("ext. 12, mornings"). */
    public static final int PHONE_MAX = 40;
    public static final int PRACTITIONER_MAX = 100;
    /** The longest address mail systems deliver (RFC 5321). */
    public static final int EMAIL_MAX = 254;
    /**
     * The most an intake may take as JSON, checked while it is read: many times a complete intake with every text
     * at its limit written as escapes, and small enough that reading and checking one stays quick.
     */
    public static final int INTAKE_MAX_BYTES = 256 * 1024;
    /** The longest single text value read at all; longer ones stop the reading (any field's own limit is lower). */
    public static final int FIELD_MAX_CHARS = 64 * 1024;
    public static final int COUNT_MAX = 500;
    public static final int AGE_MAX = 120;
    /** The furthest an event date may lie after the consultation. */
    public static final int EVENT_YEARS_MAX = 3;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    private final LocalDate today;

    public IntakeValidator(LocalDate today) {
        this.today = today;
    }

    public List<Problem> validate(Intake intake) {
        List<Problem> problems = new ArrayList<>();
        if (intake.format() == null) {
            problems.add(new Problem("format", "is required (\"" + Intake.FORMAT + "\")"));
        } else if (!Intake.FORMAT.equals(intake.format())) {
            problems.add(new Problem("format", "must be \"" + Intake.FORMAT + "\" (got " + Problem.quote(intake.format()) + ")"));
        }
        client(intake.client(), problems);
        if (intake.client() != null && intake.client().dateOfBirth() != null && intake.consultedOn() != null
                && intake.client().dateOfBirth().isAfter(intake.consultedOn()) && !intake.client().dateOfBirth().isAfter(today)) {
            problems.add(new Problem("client.dateOfBirth", "is after the consultation date (" + intake.consultedOn() + ")"));
        }
        if (intake.consultedOn() == null) {
            problems.add(new Problem("consultedOn", "is required (the consultation date, YYYY-MM-DD)"));
        } else if (intake.consultedOn().isAfter(today)) {
            problems.add(new Problem("consultedOn", "is in the future (" + intake.consultedOn() + "); it cannot be after today"));
        }
        optionalName("practitioner", intake.practitioner(), PRACTITIONER_MAX, problems);
        concerns(intake.concerns(), problems);
        Integer grade = intake.goodmanBaronGrade();
        if (grade != null && (grade < 1 || grade > 4)) {
            problems.add(new Problem("goodmanBaronGrade", "must be from 1 to 4 (got " + grade + ")"));
        }
        skin(intake.skin(), problems);
        acne(intake.activeAcne(), problems);
        text("goals", intake.goals(), problems);
        text("notes", intake.notes(), problems);
        protocolDates(intake, today, problems);
        isotretinoin(intake, problems);
        return problems;
    }

    /** The isotretinoin details must be possible dates and agree with the screening answer they detail. */
    private void isotretinoin(Intake intake, List<Problem> problems) {
        ScreeningDetails d = intake.screeningDetails();
        LocalDate stopped = d.isotretinoinStoppedOn();
        boolean recent = intake.screened(Screening.ISOTRETINOIN_RECENT);
        String stopPath = "screeningDetails.isotretinoinStoppedOn";
        if (d.takingIsotretinoin() && !recent) {
            problems.add(new Problem("screeningDetails.isotretinoinCurrent", "is true, so screening must include "
                    + "ISOTRETINOIN_RECENT"));
        }
        if (stopped == null) {
            return;
        }
        LocalDate dob = intake.client() == null ? null : intake.client().dateOfBirth();
        LocalDate on = intake.consultedOn();
        if (stopped.isAfter(today)) {
            problems.add(new Problem(stopPath, "is in the future (" + stopped + "); it cannot be after today"));
        } else if (on != null && stopped.isAfter(on)) {
            problems.add(new Problem(stopPath, "is after the consultation date (" + on + ")"));
        } else if (dob != null && stopped.isBefore(dob)) {
            problems.add(new Problem(stopPath, "is before the date of birth (" + dob + ")"));
        } else if (d.takingIsotretinoin()) {
            problems.add(new Problem(stopPath, "must be left empty while isotretinoin is being taken "
                    + "(screeningDetails.isotretinoinCurrent is true)"));
        } else if (on != null) {
            boolean within = on.isBefore(d.isotretinoinWaitEnds());
            if (within && !recent) {
                problems.add(new Problem(stopPath, "is less than " + ScreeningDetails.ISOTRETINOIN_MONTHS
                        + " months before the consultation, so screening must include ISOTRETINOIN_RECENT"));
            } else if (!within && recent) {
                problems.add(new Problem(stopPath, "is " + ScreeningDetails.ISOTRETINOIN_MONTHS + " months or more "
                        + "before the consultation, which contradicts screening ISOTRETINOIN_RECENT; correct the "
                        + "date or the screening answer"));
            }
        }
    }

    /** The problems of a client's details alone (editing a client record), with the same paths as in an intake. */
    public List<Problem> validateClient(Client client) {
        List<Problem> problems = new ArrayList<>();
        client(client, problems);
        return problems;
    }

    /** The event date and the chosen start are both counted from the consultation, once that date is itself valid. */
    private static void protocolDates(Intake intake, LocalDate today, List<Problem> problems) {
        LocalDate consulted = intake.consultedOn();
        if (consulted == null || consulted.isAfter(today)) {
            return;
        }
        LocalDate event = intake.eventDate();
        if (event != null && event.isBefore(consulted)) {
            problems.add(new Problem("eventDate", "before consultedOn (" + event + " is before " + consulted + ")"));
        } else if (event != null && event.isAfter(consulted.plusYears(EVENT_YEARS_MAX))) {
            problems.add(new Problem("eventDate", "more than " + EVENT_YEARS_MAX + " years after consultedOn ("
                    + event + "; at most " + consulted.plusYears(EVENT_YEARS_MAX) + ")"));
        }
        LocalDate start = intake.planStartsOn();
        if (start != null && start.isBefore(consulted)) {
            problems.add(new Problem("planStartsOn", "before consultedOn (" + start + " is before " + consulted + ")"));
        }
    }

    private void client(Client client, List<Problem> problems) {
        if (client == null) {
            problems.add(new Problem("client", "is required (first name, last name and date of birth)"));
            return;
        }
        name("client.firstName", "First name", client.firstName(), problems);
        name("client.lastName", "Last name", client.lastName(), problems);
        LocalDate dob = client.dateOfBirth();
        if (dob == null) {
            problems.add(new Problem("client.dateOfBirth", "is required (YYYY-MM-DD)"));
        } else if (dob.isAfter(today)) {
            problems.add(new Problem("client.dateOfBirth", "is in the future (" + dob + ")"));
        } else if (Period.between(dob, today).getYears() > AGE_MAX) {
            problems.add(new Problem("client.dateOfBirth", "gives an age over " + AGE_MAX + " years (" + dob + ")"));
        }
        optionalName("client.phone", client.phone(), PHONE_MAX, problems);
        String email = client.email();
        if (email != null && optionalName("client.email", email, EMAIL_MAX, problems) && !email.isBlank()
                && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new Problem("client.email", "does not look like an email address (" + Problem.quote(email) + ")"));
        }
    }

    private static void name(String path, String label, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(path, "is required"));
            return;
        }
        if (!lineOfText(path, value, problems)) {
            return;
        }
        if (!hasVisibleText(value)) {
            problems.add(new Problem(path, "has no letters or digits, only spaces or invisible characters",
                    Problem.Code.NO_VISIBLE_TEXT));
            return;
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > NAME_MAX) {
            problems.add(new Problem(path, label + " is " + length + " characters; at most " + NAME_MAX + " are allowed",
                    Problem.Code.TOO_LONG));
        }
    }

    /**
     * An optional one-line field (phone, email, practitioner): empty is fine; given, it has something visible, no
     * control or broken characters, and at most {@code max} characters. Returns whether it passed.
     */
    private static boolean optionalName(String path, String value, int max, List<Problem> problems) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        if (!lineOfText(path, value, problems)) {
            return false;
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            problems.add(new Problem(path, "is " + length + " characters; at most " + max + " are allowed",
                    Problem.Code.TOO_LONG));
            return false;
        }
        if (!trimmed.isEmpty() && !hasVisibleText(trimmed)) {
            problems.add(new Problem(path, "has no letters or digits, only invisible characters",
                    Problem.Code.NO_VISIBLE_TEXT));
            return false;
        }
        return true;
    }

    /** One-line text: no broken characters and no control characters at all (tabs and line breaks included). */
    private static boolean lineOfText(String path, String value, List<Problem> problems) {
        if (!brokenCharacters(path, value, problems)) {
            return false;
        }
        int control = value.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
        if (control >= 0) {
            problems.add(new Problem(path, "contains a control character (" + String.format("U+%04X", control)
                    + "); type it again without it", Problem.Code.CONTROL_CHARACTER));
            return false;
        }
        return true;
    }

    /** Half of a surrogate pair cannot be stored as text (it would come back as "?"): refused, not changed. */
    private static boolean brokenCharacters(String path, String value, List<Problem> problems) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                problems.add(new Problem(path, "contains a broken character (half of a surrogate pair, at character "
                        + (value.codePointCount(0, i) + 1) + "); the text was damaged before it reached Clearpath",
                        Problem.Code.BROKEN_CHARACTER));
                return false;
            }
        }
        return true;
    }

    /** Whether any letter or digit is there: zero-width, format, control and filler characters are not enough. */
    static boolean hasVisibleText(String value) {
        return value.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp) && !FILLERS.contains(cp));
    }

    /** Letters by Unicode's category that draw nothing (Hangul fillers). */
    private static final Set<Integer> FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0);

    private static void concerns(List<Concern> concerns, List<Problem> problems) {
        if (concerns.isEmpty()) {
            problems.add(new Problem("concerns", "at least one concern is required"));
            return;
        }
        for (int i = 0; i < concerns.size(); i++) {
            String at = "concerns[" + i + "]";
            Concern c = concerns.get(i);
            if (c == null) {
                problems.add(new Problem(at, "must be an object with a kind and zones"));
                continue;
            }
            if (c.kind() == null) {
                problems.add(new Problem(at + ".kind", "is required"));
            }
            if (c.zones().isEmpty()) {
                problems.add(new Problem(at + ".zones", "at least one zone is required"));
            } else {
                Set<Zone> seen = EnumSet.noneOf(Zone.class);
                for (int z = 0; z < c.zones().size(); z++) {
                    Zone zone = c.zones().get(z);
                    if (zone != null && !seen.add(zone)) {
                        problems.add(new Problem(at + ".zones[" + z + "]", zone + " is listed twice"));
                    }
                }
            }
            if (c.count() != null && (c.count() < 1 || c.count() > COUNT_MAX)) {
                problems.add(new Problem(at + ".count", "must be from 1 to " + COUNT_MAX + " (got " + c.count() + ")"));
            }
            if (c.distensible() != null && c.kind() != null && !c.kind().atrophic()) {
                problems.add(new Problem(at + ".distensible",
                        "only applies to atrophic scars (ICE_PICK, BOXCAR_SHALLOW, BOXCAR_DEEP, ROLLING), not " + c.kind()));
            }
            if (c.pigmentDepth() != null && c.kind() != null && c.kind() != ConcernKind.PIH) {
                problems.add(new Problem(at + ".pigmentDepth", "only applies to PIH, not " + c.kind()));
            }
        }
    }

    private static void skin(SkinProfile skin, List<Problem> problems) {
        if (skin == null) {
            problems.add(new Problem("skin", "is required (Fitzpatrick type and sensitivity)"));
            return;
        }
        if (skin.fitzpatrick() == null) {
            problems.add(new Problem("skin.fitzpatrick", "is required (1 to 6, from the questionnaire)"));
        } else if (skin.fitzpatrick() < 1 || skin.fitzpatrick() > 6) {
            problems.add(new Problem("skin.fitzpatrick", "must be from 1 to 6 (got " + skin.fitzpatrick() + ")"));
        }
        Integer score = skin.fitzpatrickScore();
        if (score != null && (score < 0 || score > SkinProfile.SCORE_MAX)) {
            problems.add(new Problem("skin.fitzpatrickScore", "must be from 0 to " + SkinProfile.SCORE_MAX + " (got " + score + ")"));
        } else if (score != null && skin.fitzpatrick() != null && skin.fitzpatrick() >= 1 && skin.fitzpatrick() <= 6
                && SkinProfile.typeForScore(score) != skin.fitzpatrick()
                && (skin.fitzpatrickOverrideReason() == null || skin.fitzpatrickOverrideReason().isBlank())) {
            problems.add(new Problem("skin.fitzpatrickOverrideReason", "is required when the type ("
                    + skin.fitzpatrick() + ") differs from the questionnaire's (" + SkinProfile.typeForScore(score) + ")"));
        }
        text("skin.fitzpatrickOverrideReason", skin.fitzpatrickOverrideReason(), problems);
        if (skin.sensitivity() == null) {
            problems.add(new Problem("skin.sensitivity", "is required (NORMAL, SENSITIVE or VERY_SENSITIVE)"));
        }
    }

    private static void acne(ActiveAcne acne, List<Problem> problems) {
        if (acne == null) {
            problems.add(new Problem("activeAcne", "is required (IGA grade 0 to 4)"));
            return;
        }
        if (acne.iga() == null) {
            problems.add(new Problem("activeAcne.iga", "is required (0 clear to 4 severe)"));
        } else if (acne.iga() < 0 || acne.iga() > 4) {
            problems.add(new Problem("activeAcne.iga", "must be from 0 to 4 (got " + acne.iga() + ")"));
        }
    }

    /** Free text: tabs and line breaks are fine; other control characters and broken characters are not. */
    private static void text(String path, String value, List<Problem> problems) {
        if (value != null) {
            if (!brokenCharacters(path, value, problems)) {
                return;
            }
            int length = value.codePointCount(0, value.length());
            if (length > TEXT_MAX) {
                problems.add(new Problem(path, "is " + length + " characters; at most " + TEXT_MAX + " are allowed",
                        Problem.Code.TOO_LONG));
                return;
            }
            int control = value.codePoints().filter(cp -> Character.isISOControl(cp) && cp != '\t' && cp != '\n'
                    && cp != '\r').findFirst().orElse(-1);
            if (control >= 0) {
                problems.add(new Problem(path, "contains a control character (" + String.format("U+%04X", control)
                        + "); only tabs and line breaks are kept", Problem.Code.CONTROL_CHARACTER));
            }
        }
    }
}
