package com.clearpath.domain;

import java.util.Locale;

/**
 * Which text a client read and signed: the app's built-in text or the clinic's own replacement, and its number.
 * Written {@code built-in/1} or {@code clinic/3} in the records, so a signed consent always says whose words it
 * carries.
 */
public record ConsentVersion(Origin origin, int number) {

    /** Whose text it is. */
    public enum Origin { BUILT_IN, CLINIC }

    public ConsentVersion {
        if (origin == null || number < 1) {
            throw new IllegalArgumentException("a consent text's version is an origin and a number from 1");
        }
    }

    public static ConsentVersion builtIn(int number) {
        return new ConsentVersion(Origin.BUILT_IN, number);
    }

    public static ConsentVersion clinic(int number) {
        return new ConsentVersion(Origin.CLINIC, number);
    }

    /** {@code built-in/1}, {@code clinic/3}: how the records and exports write it. */
    public String code() {
        return origin.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + number;
    }

    /** The version {@link #code()} wrote. */
    public static ConsentVersion parse(String code) {
        int slash = code == null ? -1 : code.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a consent text version: " + code);
        }
        String origin = code.substring(0, slash).toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return new ConsentVersion(Origin.valueOf(origin), Integer.parseInt(code.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a consent text version: " + code, e);
        }
    }

    @Override
    public String toString() {
        return code();
    }
}
