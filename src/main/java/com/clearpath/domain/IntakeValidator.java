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
            problems.add(Problem.of("format", ProblemCode.FORMAT_REQUIRED, Intake.FORMAT));
        } else if (!Intake.FORMAT.equals(intake.format())) {
            problems.add(Problem.of("format", ProblemCode.FORMAT_WRONG, Intake.FORMAT, intake.format()));
        }
        client(intake.client(), problems);
        if (intake.client() != null && intake.client().dateOfBirth() != null && intake.consultedOn() != null
                && intake.client().dateOfBirth().isAfter(intake.consultedOn()) && !intake.client().dateOfBirth().isAfter(today)) {
            problems.add(Problem.of("client.dateOfBirth", ProblemCode.AFTER_CONSULTATION, intake.consultedOn()));
        }
        if (intake.consultedOn() == null) {
            problems.add(Problem.of("consultedOn", ProblemCode.CONSULTED_ON_REQUIRED));
        } else if (intake.consultedOn().isAfter(today)) {
            problems.add(Problem.of("consultedOn", ProblemCode.IN_THE_FUTURE_NOT_AFTER_TODAY, intake.consultedOn()));
        }
        optionalName("practitioner", intake.practitioner(), PRACTITIONER_MAX, problems);
        concerns(intake.concerns(), problems);
        Integer grade = intake.goodmanBaronGrade();
        if (grade != null && (grade < 1 || grade > 4)) {
            problems.add(Problem.of("goodmanBaronGrade", ProblemCode.OUT_OF_RANGE, 1, 4, grade));
        }
        skin(intake.skin(), problems);
        acne(intake.activeAcne(), problems);
        text("goals", intake.goals(), problems);
        text("notes", intake.notes(), problems);
        protocolDates(intake, today, problems);
        isotretinoin(intake, problems);
        return problems;
    }

    /**
     * The problems of a follow-up visit: those of any intake, and its Goodman &amp; Baron grade, optional at a first
     * consultation but given again at every follow-up so the outcome since the earlier visit is measured.
     */
    public List<Problem> validateFollowUp(Intake intake) {
        List<Problem> problems = validate(intake);
        if (intake.goodmanBaronGrade() == null) {
            problems.add(Problem.of("goodmanBaronGrade", ProblemCode.GRADE_REQUIRED_AT_FOLLOW_UP));
        }
        return problems;
    }

    /** The isotretinoin details must be possible dates and agree with the screening answer they detail. */
    private void isotretinoin(Intake intake, List<Problem> problems) {
        ScreeningDetails d = intake.screeningDetails();
        LocalDate stopped = d.isotretinoinStoppedOn();
        boolean recent = intake.screened(Screening.ISOTRETINOIN_RECENT);
        String stopPath = "screeningDetails.isotretinoinStoppedOn";
        if (d.takingIsotretinoin() && !recent) {
            problems.add(Problem.of("screeningDetails.isotretinoinCurrent",
                    ProblemCode.ISOTRETINOIN_CURRENT_NOT_SCREENED));
        }
        if (stopped == null) {
            return;
        }
        LocalDate dob = intake.client() == null ? null : intake.client().dateOfBirth();
        LocalDate on = intake.consultedOn();
        if (stopped.isAfter(today)) {
            problems.add(Problem.of(stopPath, ProblemCode.IN_THE_FUTURE_NOT_AFTER_TODAY, stopped));
        } else if (on != null && stopped.isAfter(on)) {
            problems.add(Problem.of(stopPath, ProblemCode.AFTER_CONSULTATION, on));
        } else if (dob != null && stopped.isBefore(dob)) {
            problems.add(Problem.of(stopPath, ProblemCode.BEFORE_BIRTH, dob));
        } else if (d.takingIsotretinoin()) {
            problems.add(Problem.of(stopPath, ProblemCode.ISOTRETINOIN_STOPPED_WHILE_TAKING));
        } else if (on != null) {
            boolean within = on.isBefore(d.isotretinoinWaitEnds());
            if (within && !recent) {
                problems.add(Problem.of(stopPath, ProblemCode.ISOTRETINOIN_RECENT_NOT_SCREENED,
                        ScreeningDetails.ISOTRETINOIN_MONTHS));
            } else if (!within && recent) {
                problems.add(Problem.of(stopPath, ProblemCode.ISOTRETINOIN_RECENT_CONTRADICTED,
                        ScreeningDetails.ISOTRETINOIN_MONTHS));
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
            problems.add(Problem.of("eventDate", ProblemCode.BEFORE_CONSULTED_ON, event, consulted));
        } else if (event != null && event.isAfter(consulted.plusYears(EVENT_YEARS_MAX))) {
            problems.add(Problem.of("eventDate", ProblemCode.EVENT_TOO_LATE, EVENT_YEARS_MAX, event,
                    consulted.plusYears(EVENT_YEARS_MAX)));
        }
        LocalDate start = intake.planStartsOn();
        if (start != null && start.isBefore(consulted)) {
            problems.add(Problem.of("planStartsOn", ProblemCode.BEFORE_CONSULTED_ON, start, consulted));
        }
    }

    private void client(Client client, List<Problem> problems) {
        if (client == null) {
            problems.add(Problem.of("client", ProblemCode.CLIENT_REQUIRED));
            return;
        }
        name("client.firstName", "firstName", client.firstName(), problems);
        name("client.lastName", "lastName", client.lastName(), problems);
        LocalDate dob = client.dateOfBirth();
        if (dob == null) {
            problems.add(Problem.of("client.dateOfBirth", ProblemCode.DATE_OF_BIRTH_REQUIRED));
        } else if (dob.isAfter(today)) {
            problems.add(Problem.of("client.dateOfBirth", ProblemCode.IN_THE_FUTURE, dob));
        } else if (Period.between(dob, today).getYears() > AGE_MAX) {
            problems.add(Problem.of("client.dateOfBirth", ProblemCode.AGE_OVER, AGE_MAX, dob));
        }
        optionalName("client.phone", client.phone(), PHONE_MAX, problems);
        String email = client.email();
        if (email != null && optionalName("client.email", email, EMAIL_MAX, problems) && !email.isBlank()
                && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(Problem.of("client.email", ProblemCode.EMAIL_INVALID, email));
        }
    }

    private static void name(String path, String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(path, ProblemCode.REQUIRED));
            return;
        }
        if (!lineOfText(path, value, problems)) {
            return;
        }
        if (!hasVisibleText(value)) {
            problems.add(Problem.of(path, ProblemCode.NO_VISIBLE_TEXT));
            return;
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > NAME_MAX) {
            problems.add(Problem.of(path, ProblemCode.NAME_TOO_LONG, field, length, NAME_MAX));
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
            problems.add(Problem.of(path, ProblemCode.TOO_LONG, length, max));
            return false;
        }
        if (!trimmed.isEmpty() && !hasVisibleText(trimmed)) {
            problems.add(Problem.of(path, ProblemCode.NO_VISIBLE_TEXT_ONLY_INVISIBLE));
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
            problems.add(Problem.of(path, ProblemCode.CONTROL_CHARACTER, String.format("U+%04X", control)));
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
                problems.add(Problem.of(path, ProblemCode.BROKEN_CHARACTER, value.codePointCount(0, i) + 1));
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
            problems.add(Problem.of("concerns", ProblemCode.CONCERNS_REQUIRED));
            return;
        }
        for (int i = 0; i < concerns.size(); i++) {
            String at = "concerns[" + i + "]";
            Concern c = concerns.get(i);
            if (c == null) {
                problems.add(Problem.of(at, ProblemCode.CONCERN_NOT_AN_OBJECT));
                continue;
            }
            if (c.kind() == null) {
                problems.add(Problem.of(at + ".kind", ProblemCode.REQUIRED));
            }
            if (c.zones().isEmpty()) {
                problems.add(Problem.of(at + ".zones", ProblemCode.ZONES_REQUIRED));
            } else {
                Set<Zone> seen = EnumSet.noneOf(Zone.class);
                for (int z = 0; z < c.zones().size(); z++) {
                    Zone zone = c.zones().get(z);
                    if (zone != null && !seen.add(zone)) {
                        problems.add(Problem.of(at + ".zones[" + z + "]", ProblemCode.LISTED_TWICE, zone));
                    }
                }
            }
            if (c.count() != null && (c.count() < 1 || c.count() > COUNT_MAX)) {
                problems.add(Problem.of(at + ".count", ProblemCode.OUT_OF_RANGE, 1, COUNT_MAX, c.count()));
            }
            if (c.distensible() != null && c.kind() != null && !c.kind().atrophic()) {
                problems.add(Problem.of(at + ".distensible", ProblemCode.DISTENSIBLE_NOT_ATROPHIC, c.kind()));
            }
            if (c.pigmentDepth() != null && c.kind() != null && c.kind() != ConcernKind.PIH) {
                problems.add(Problem.of(at + ".pigmentDepth", ProblemCode.PIGMENT_DEPTH_NOT_PIH, c.kind()));
            }
        }
    }

    private static void skin(SkinProfile skin, List<Problem> problems) {
        if (skin == null) {
            problems.add(Problem.of("skin", ProblemCode.SKIN_REQUIRED));
            return;
        }
        if (skin.fitzpatrick() == null) {
            problems.add(Problem.of("skin.fitzpatrick", ProblemCode.FITZPATRICK_REQUIRED));
        } else if (skin.fitzpatrick() < 1 || skin.fitzpatrick() > 6) {
            problems.add(Problem.of("skin.fitzpatrick", ProblemCode.OUT_OF_RANGE, 1, 6, skin.fitzpatrick()));
        }
        Integer score = skin.fitzpatrickScore();
        if (score != null && (score < 0 || score > SkinProfile.SCORE_MAX)) {
            problems.add(Problem.of("skin.fitzpatrickScore", ProblemCode.OUT_OF_RANGE, 0, SkinProfile.SCORE_MAX,
                    score));
        } else if (score != null && skin.fitzpatrick() != null && skin.fitzpatrick() >= 1 && skin.fitzpatrick() <= 6
                && SkinProfile.typeForScore(score) != skin.fitzpatrick()
                && (skin.fitzpatrickOverrideReason() == null || skin.fitzpatrickOverrideReason().isBlank())) {
            problems.add(Problem.of("skin.fitzpatrickOverrideReason", ProblemCode.FITZPATRICK_REASON_REQUIRED,
                    skin.fitzpatrick(), SkinProfile.typeForScore(score)));
        }
        text("skin.fitzpatrickOverrideReason", skin.fitzpatrickOverrideReason(), problems);
        if (skin.sensitivity() == null) {
            problems.add(Problem.of("skin.sensitivity", ProblemCode.SENSITIVITY_REQUIRED));
        }
    }

    private static void acne(ActiveAcne acne, List<Problem> problems) {
        if (acne == null) {
            problems.add(Problem.of("activeAcne", ProblemCode.ACNE_REQUIRED));
            return;
        }
        if (acne.iga() == null) {
            problems.add(Problem.of("activeAcne.iga", ProblemCode.IGA_REQUIRED));
        } else if (acne.iga() < 0 || acne.iga() > 4) {
            problems.add(Problem.of("activeAcne.iga", ProblemCode.OUT_OF_RANGE, 0, 4, acne.iga()));
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
                problems.add(Problem.of(path, ProblemCode.TOO_LONG, length, TEXT_MAX));
                return;
            }
            int control = value.codePoints().filter(cp -> Character.isISOControl(cp) && cp != '\t' && cp != '\n'
                    && cp != '\r').findFirst().orElse(-1);
            if (control >= 0) {
                problems.add(Problem.of(path, ProblemCode.CONTROL_CHARACTER_IN_TEXT,
                        String.format("U+%04X", control)));
            }
        }
    }
}
