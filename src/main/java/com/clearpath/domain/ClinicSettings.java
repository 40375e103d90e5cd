package com.clearpath.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the clinic appears on its documents and how they are printed by default: the clinic's name, postal address
 * (one line per line on paper), phone, logo (a PNG prepared by {@link ClinicLogo}), the handout's default language
 * and the paper size; and how many months a signed treatment consent stays valid before it is signed again.
 */
public record ClinicSettings(String name, String address, String phone, byte[] logoPng, Language language,
                             Paper paper, int consentValidMonths) {
    public static final int CONSENT_VALID_MONTHS_DEFAULT = 12;
    public static final int CONSENT_VALID_MONTHS_MAX = 60;
    public static final String CONSENT_MONTHS_PATH = "consents.validMonths";
    public static final int NAME_MAX = 80;
    public static final int LINE_MAX = 80;
    public static final int ADDRESS_LINES_MAX = 4;
    public static final int PHONE_MAX = 40;

    /** The paper documents are laid out for. Letter unless the clinic chooses A4. */
    public enum Paper {
        LETTER, A4;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Paper fromCode(String code) {
            for (Paper p : values()) {
                if (p.code().equalsIgnoreCase(code)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("Unknown paper size \"" + code + "\" (expected letter or a4)");
        }
    }

    public ClinicSettings {
        name = name == null ? "" : name.strip();
        // Line ends as typed on any system become \n, and blank lines (which would print as gaps) are dropped.
        address = address == null ? "" : String.join("\n", address.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        phone = phone == null ? "" : phone.strip();
        logoPng = logoPng == null || logoPng.length == 0 ? null : logoPng.clone();
        language = language == null ? Language.EN : language;
        paper = paper == null ? Paper.LETTER : paper;
    }

    /** Settings with the consents' usual twelve months. */
    public ClinicSettings(String name, String address, String phone, byte[] logoPng, Language language, Paper paper) {
        this(name, address, phone, logoPng, language, paper, CONSENT_VALID_MONTHS_DEFAULT);
    }

    /** Nothing filled in yet: documents carry the app's name, in English, on Letter paper. */
    public static ClinicSettings defaults() {
        return new ClinicSettings("", "", "", null, Language.EN, Paper.LETTER);
    }

    public Optional<byte[]> logo() {
        return Optional.ofNullable(logoPng).map(byte[]::clone);
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    public ClinicSettings withLogo(byte[] png) {
        return new ClinicSettings(name, address, phone, png, language, paper, consentValidMonths);
    }

    /**
     * Everything that would not fit on the documents' header, all at once, each with its field's path
     * ({@code clinic.address}); empty when the settings can be saved.
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (name.length() > NAME_MAX) {
            out.add(Problem.of("clinic.name", ProblemCode.AT_MOST_CHARACTERS, NAME_MAX, name.length()));
        }
        List<String> lines = address.isEmpty() ? List.of() : address.lines().toList();
        if (lines.size() > ADDRESS_LINES_MAX) {
            out.add(Problem.of("clinic.address", ProblemCode.AT_MOST_LINES, ADDRESS_LINES_MAX, lines.size()));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > LINE_MAX) {
                out.add(Problem.of("clinic.address", ProblemCode.LINE_TOO_LONG, i + 1, LINE_MAX));
            }
        }
        if (phone.length() > PHONE_MAX) {
            out.add(Problem.of("clinic.phone", ProblemCode.AT_MOST_CHARACTERS, PHONE_MAX, phone.length()));
        } else if (!phone.isEmpty() && phone.chars().noneMatch(Character::isDigit)) {
            out.add(Problem.of("clinic.phone", ProblemCode.PHONE_WITHOUT_DIGITS));
        }
        if (consentValidMonths < 1 || consentValidMonths > CONSENT_VALID_MONTHS_MAX) {
            out.add(Problem.of(CONSENT_MONTHS_PATH, ProblemCode.OUT_OF_RANGE, 1, CONSENT_VALID_MONTHS_MAX,
                    consentValidMonths));
        }
        return out;
    }

    public ClinicSettings withConsentValidMonths(int months) {
        return new ClinicSettings(name, address, phone, logoPng, language, paper, months);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicSettings s && name.equals(s.name) && address.equals(s.address)
                && phone.equals(s.phone) && Arrays.equals(logoPng, s.logoPng) && language == s.language
                && paper == s.paper && consentValidMonths == s.consentValidMonths;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, phone, Arrays.hashCode(logoPng), language, paper, consentValidMonths);
    }

    /** No address or phone: settings are logged when they cannot be read, and these say where the clinic is. */
    @Override
    public String toString() {
        return "ClinicSettings[" + language.code() + ", " + paper.code() + ", logo "
                + (logoPng == null ? "none" : logoPng.length + " bytes") + ", consents " + consentValidMonths + " months]";
    }
}
