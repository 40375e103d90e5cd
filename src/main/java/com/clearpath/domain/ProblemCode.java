package com.clearpath.domain;

import java.util.List;

/**
 * What is wrong with an input, one code per kind of sentence; each declares its arguments and the words are made
 * at the edge ({@code problems_*.properties}). Codes whose first arguments are {@link Arg#LINE} and
 * {@link Arg#COLUMN} are JSON syntax errors at a place in the text (both empty when the reader gave none).
 */
public enum ProblemCode {
    // Any reader or check.
    REQUIRED,
    MUST_BE_TRUE_OR_FALSE,
    MUST_BE_TEXT,
    MUST_BE_LIST,
    MUST_BE_OBJECT,
    MUST_BE_JSON_OBJECT,
    MUST_BE_UUID,
    /** args: the length, the limit. */
    TOO_LONG(Arg.TEXT, Arg.TEXT),
    /** args: the lowest, the highest, what was given. */
    OUT_OF_RANGE(Arg.TEXT, Arg.TEXT, Arg.TEXT),
    FILE_EMPTY,

    // The intake's fields (IntakeValidator).
    /** args: the format expected. */
    FORMAT_REQUIRED(Arg.TEXT),
    /** args: the format expected, what was given. */
    FORMAT_WRONG(Arg.TEXT, Arg.QUOTED),
    /** args: the consultation date. */
    AFTER_CONSULTATION(Arg.TEXT),
    CONSULTED_ON_REQUIRED,
    /** args: the date. */
    IN_THE_FUTURE_NOT_AFTER_TODAY(Arg.TEXT),
    /** args: the date. */
    IN_THE_FUTURE(Arg.TEXT),
    ISOTRETINOIN_CURRENT_NOT_SCREENED,
    /** args: the date of birth. */
    BEFORE_BIRTH(Arg.TEXT),
    ISOTRETINOIN_STOPPED_WHILE_TAKING,
    /** args: the months of the wait. */
    ISOTRETINOIN_RECENT_NOT_SCREENED(Arg.TEXT),
    /** args: the months of the wait. */
    ISOTRETINOIN_RECENT_CONTRADICTED(Arg.TEXT),
    /** args: the date, the consultation date. */
    BEFORE_CONSULTED_ON(Arg.TEXT, Arg.TEXT),
    /** args: the most years, the date, the latest date. */
    EVENT_TOO_LATE(Arg.TEXT, Arg.TEXT, Arg.TEXT),
    CLIENT_REQUIRED,
    DATE_OF_BIRTH_REQUIRED,
    /** args: the most years, the date of birth. */
    AGE_OVER(Arg.TEXT, Arg.TEXT),
    /** args: the address given. */
    EMAIL_INVALID(Arg.QUOTED),
    NO_VISIBLE_TEXT,
    NO_VISIBLE_TEXT_ONLY_INVISIBLE,
    /** args: the field (firstName or lastName), the length, the limit. */
    NAME_TOO_LONG(Arg.FIELD, Arg.TEXT, Arg.TEXT),
    /** args: the character (U+0007). */
    CONTROL_CHARACTER(Arg.TEXT),
    /** args: the character (U+0007). */
    CONTROL_CHARACTER_IN_TEXT(Arg.TEXT),
    /** args: the position of the broken character, from 1. */
    BROKEN_CHARACTER(Arg.TEXT),
    CONCERNS_REQUIRED,
    CONCERN_NOT_AN_OBJECT,
    ZONES_REQUIRED,
    /** args: the code listed twice. */
    LISTED_TWICE(Arg.TEXT),
    /** args: the concern kind. */
    DISTENSIBLE_NOT_ATROPHIC(Arg.TEXT),
    /** args: the concern kind. */
    PIGMENT_DEPTH_NOT_PIH(Arg.TEXT),
    SKIN_REQUIRED,
    FITZPATRICK_REQUIRED,
    /** args: the type chosen, the questionnaire's type. */
    FITZPATRICK_REASON_REQUIRED(Arg.TEXT, Arg.TEXT),
    FITZPATRICK_REASON_WITHOUT_QUESTIONNAIRE,
    SENSITIVITY_REQUIRED,
    ACNE_REQUIRED,
    IGA_REQUIRED,
    GRADE_REQUIRED_AT_FOLLOW_UP,

    // Reading an intake's JSON (IntakeJson).
    JSON_NOT_VALID,
    /** args: the most KB. */
    INTAKE_TOO_LARGE(Arg.TEXT),
    /** args: the value given. */
    MUST_BE_TEXT_GOT(Arg.VALUE),
    /** args: the value given. */
    MUST_BE_WHOLE_NUMBER_GOT(Arg.VALUE),
    /** args: the value given. */
    MUST_BE_TRUE_OR_FALSE_GOT(Arg.VALUE),
    /** args: the text given. */
    NOT_A_DATE(Arg.QUOTED),
    /** args: the value given. */
    MUST_BE_OBJECT_GOT(Arg.VALUE),
    /** args: the value given. */
    MUST_BE_LIST_GOT(Arg.VALUE),
    /** args: the value given. */
    MUST_BE_CODE_GOT(Arg.VALUE),
    /** args: the text given, the codes allowed. */
    UNKNOWN_CODE_EXPECTED(Arg.QUOTED, Arg.TEXT),
    /** args: the text given. */
    UNKNOWN_CODE(Arg.QUOTED),

    // JSON syntax (JsonInput). args: line, column, then the code's own.
    /** args: line, column, the most characters. */
    JSON_TEXT_TOO_LONG(Arg.LINE, Arg.COLUMN, Arg.NUMBER),
    /** args: line, column, the most levels. */
    JSON_TOO_DEEP(Arg.LINE, Arg.COLUMN, Arg.TEXT),
    JSON_NUMBER_TOO_LONG(Arg.LINE, Arg.COLUMN),
    JSON_NAME_TOO_LONG(Arg.LINE, Arg.COLUMN),
    JSON_TOO_LARGE(Arg.LINE, Arg.COLUMN),
    JSON_UNFINISHED(Arg.LINE, Arg.COLUMN),
    /** args: line, column, the field's name. */
    JSON_DUPLICATE_FIELD(Arg.LINE, Arg.COLUMN, Arg.QUOTED),
    JSON_NOT_UTF8(Arg.LINE, Arg.COLUMN),
    JSON_CONTROL_IN_TEXT(Arg.LINE, Arg.COLUMN),
    JSON_CONTROL_OUTSIDE_TEXT(Arg.LINE, Arg.COLUMN),
    JSON_CLOSE_MISMATCH(Arg.LINE, Arg.COLUMN),
    JSON_BACKSLASH(Arg.LINE, Arg.COLUMN),
    JSON_U_ESCAPE(Arg.LINE, Arg.COLUMN),
    JSON_LEADING_ZERO(Arg.LINE, Arg.COLUMN),
    JSON_NAN(Arg.LINE, Arg.COLUMN),
    /** args: line, column, the word. */
    JSON_UNKNOWN_WORD(Arg.LINE, Arg.COLUMN, Arg.QUOTED),
    JSON_COMMENT(Arg.LINE, Arg.COLUMN),
    JSON_SINGLE_QUOTES(Arg.LINE, Arg.COLUMN),
    /** args: line, column, the character. */
    JSON_UNEXPECTED_FOR_NAME(Arg.LINE, Arg.COLUMN, Arg.CHARACTER),
    /** args: line, column, the character. */
    JSON_UNEXPECTED_FOR_VALUE(Arg.LINE, Arg.COLUMN, Arg.CHARACTER),
    /** args: line, column, the character. */
    JSON_UNEXPECTED_FOR_COMMA(Arg.LINE, Arg.COLUMN, Arg.CHARACTER),
    /** args: line, column, the character. */
    JSON_UNEXPECTED_FOR_COLON(Arg.LINE, Arg.COLUMN, Arg.CHARACTER),
    /** args: line, column, the character. */
    JSON_UNEXPECTED(Arg.LINE, Arg.COLUMN, Arg.CHARACTER),
    JSON_TRAILING(Arg.LINE, Arg.COLUMN),
    JSON_INVALID(Arg.LINE, Arg.COLUMN),

    // Export files (ExportJson).
    /** args: how many more. */
    MORE_PROBLEM(Arg.TEXT, Arg.TEXT),
    /** args: how many more, how many are listed. */
    MORE_PROBLEMS(Arg.TEXT, Arg.TEXT),
    MUST_BE_EXPORT_OBJECT,
    /** args: the intake format, the export format. */
    SINGLE_INTAKE_LISTED(Arg.TEXT, Arg.TEXT),
    /** args: the export format, the intake format, what was given. */
    EXPORT_FORMAT_WRONG(Arg.TEXT, Arg.TEXT, Arg.QUOTED),
    CONSULTATION_NOT_AN_OBJECT,
    /** args: the most KB. */
    CONSULTATION_TOO_LARGE(Arg.TEXT),
    APPEARS_TWICE_IN_FILE,
    UUID_REQUIRED,
    STATUS_WRONG,
    PLAN_NOT_VALID,
    MUST_BE_TIMESTAMP,

    // Records archives (photos and their files; the path is the archive's entry).
    SHA256_WRONG,
    /** args: the entry name it must have. */
    PHOTO_FILE_NAME_WRONG(Arg.TEXT),
    PHOTOS_NEED_ARCHIVE,
    ARCHIVE_UNREADABLE,
    ARCHIVE_ENTRY_MISSING,
    ARCHIVE_ENTRY_DAMAGED,
    PHOTO_HASH_WRONG,
    /** args: the size the export lists, the entry's size. */
    PHOTO_SIZE_WRONG(Arg.TEXT, Arg.TEXT),
    /** args: the image type it claims. */
    PHOTO_NOT_VALID(Arg.TEXT),
    CONSENTS_NEED_ARCHIVE,
    CONSENT_DOCUMENT_HASH_WRONG,
    /** args: the size the export lists, the entry's size. */
    CONSENT_DOCUMENT_SIZE_WRONG(Arg.TEXT, Arg.TEXT),

    // Plan changes (OverrideRules, OverrideJson, the wizard).
    OVERRIDE_NOT_AN_OBJECT,
    START_WEEK_NOT_WHOLE,
    MUST_BE_INSTANT,
    CHANGE_REASON_REQUIRED,
    START_WEEK_REQUIRED,
    /** args: the latest week, the week given. */
    START_WEEK_OUT_OF_RANGE(Arg.TEXT, Arg.TEXT),
    /** args: the step, one action, the other. */
    DECIDED_TWICE(Arg.TEXT, Arg.TEXT, Arg.TEXT),
    REPLACES_REQUIRED,
    /** args: the treatment. */
    NOT_A_STEP(Arg.TEXT),
    /** args: the treatment, the step's number, the step's treatment. */
    NOT_AN_ALTERNATIVE(Arg.TEXT, Arg.TEXT, Arg.TEXT),
    /** args: the treatment. */
    CHOSEN_TWICE(Arg.TEXT),
    /** args: the treatment. */
    NOT_SUITABLE(Arg.TEXT),
    /** args: the treatment. */
    ALREADY_IN_PROTOCOL(Arg.TEXT),
    /** args: the step's treatment. */
    STEP_DROPPED_CHANGED(Arg.TEXT),
    PLAN_LOCKED,

    // Clinic settings and the plan calendar.
    /** args: the most characters, how many now. */
    AT_MOST_CHARACTERS(Arg.TEXT, Arg.TEXT),
    /** args: the most lines, how many now. */
    AT_MOST_LINES(Arg.TEXT, Arg.TEXT),
    /** args: the line's number, the most characters. */
    LINE_TOO_LONG(Arg.TEXT, Arg.TEXT),
    PHONE_WITHOUT_DIGITS,
    /** args: the most days, the days given. */
    DAYS_OUT_OF_RANGE(Arg.TEXT, Arg.TEXT),
    /** args: the lowest, the highest, the least given, the most given. */
    WEEKS_OUT_OF_RANGE(Arg.TEXT, Arg.TEXT, Arg.TEXT, Arg.TEXT),
    /** args: the most, the least. */
    RANGE_REVERSED(Arg.TEXT, Arg.TEXT),

    // The treatment catalog and its override (TreatmentCatalog).
    /** args: the format expected. */
    MUST_BE_FORMAT(Arg.TEXT),
    /** args: the code. */
    APPEARS_TWICE(Arg.TEXT),
    /** args: the treatment. */
    NO_ENTRY(Arg.TEXT),
    /** args: the source id. */
    SOURCE_NOT_LISTED(Arg.TEXT),
    MUST_BE_KEYED_BY_TREATMENT,
    /** args: the code given. */
    UNKNOWN_TREATMENT(Arg.TEXT),
    /** args: the fields that may be overridden. */
    CANNOT_BE_OVERRIDDEN(Arg.TEXT),
    NAME_EN_OR_ES,
    HOME_CARE_NO_SESSIONS,
    SOURCES_REQUIRED,
    SOURCE_NOT_TEXT,
    CATALOG_MALFORMED,
    /** args: line, column. */
    CATALOG_MALFORMED_AT(Arg.TEXT, Arg.TEXT),
    PERFORMED_BY_WRONG,
    KIND_WRONG,
    /** args: the treatment, the kind it must be. */
    KIND_MUST_BE(Arg.TEXT, Arg.TEXT),
    /** args: the concern given. */
    UNKNOWN_CONCERN(Arg.TEXT),
    SOURCE_REQUIRED,
    NEEDS_EN_AND_ES,
    /** args: English lines, Spanish lines. */
    LINES_DIFFER(Arg.TEXT, Arg.TEXT),
    MUST_BE_LIST_OF_TEXT,
    MUST_BE_NON_EMPTY_TEXT,
    RANGE_REQUIRED,
    RANGE_WRONG,

    // The consent texts and the clinic's override of them (ConsentTexts).
    CONSENT_VERSION_WRONG,
    PARAGRAPHS_EN_AND_ES,

    // Files on the command line.
    FILE_NOT_FOUND,
    FILE_NOT_UTF8,
    /** args: the file's KB, the most KB. */
    FILE_TOO_LARGE(Arg.TEXT, Arg.TEXT);

    /** How an argument becomes words. */
    public enum Arg {
        /** Shown as it is: a number, a date, a code of the format. */
        TEXT,
        /** A value from the input, shown in quotes and cut short ({@link Problem#QUOTE_MAX}). */
        QUOTED,
        /** A JSON value given where another was expected: {@code list}, {@code object}, {@code text:…} or JSON. */
        VALUE,
        /** A character by its code point (decimal); empty when not known. */
        CHARACTER,
        /** A count, grouped in thousands as the language writes it. */
        NUMBER,
        /** A field named in the sentence, by its key (firstName). */
        FIELD,
        /** The line of a JSON syntax error; empty when not known. */
        LINE,
        /** The column of a JSON syntax error; empty when not known. */
        COLUMN
    }

    private final List<Arg> args;

    ProblemCode(Arg... args) {
        this.args = List.of(args);
    }

    public List<Arg> args() {
        return args;
    }

    /** A JSON syntax error at a line and column of the text. */
    public boolean located() {
        return !args.isEmpty() && args.get(0) == Arg.LINE;
    }
}
