package com.clearpath.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Folds names so "jose" finds "José" and "NGUYEN" finds "Nguyễn"; splits them into searchable words. */
public final class SearchKeys {
    /** The highest code point; appended to a prefix it bounds an index range scan. */
    static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("đ", "d").replace("ł", "l").replace("ı", "i");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("[\\s\\-‐‑’'`.,]+", " ").strip();
    }

    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    /** Index tokens: each name word, and phone digit runs (from the start, without a country code, the last 7 and 4). */
    static Set<String> tokens(String firstName, String lastName, String phone) {
        Set<String> tokens = new LinkedHashSet<>(words(firstName));
        tokens.addAll(words(lastName));
        String d = digits(phone);
        if (d.length() >= 4) {
            List<String> runs = new ArrayList<>();
            for (int i = 0; i <= Math.min(3, d.length() - 4); i++) {
                runs.add(d.substring(i));
            }
            runs.add(d.substring(Math.max(0, d.length() - 7)));
            runs.add(d.substring(d.length() - 4));
            runs.forEach(r -> tokens.add("#" + r));
        }
        return tokens;
    }
}
