package com.clearpath.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input: the field path ({@code concerns[1].zones}), what kind of problem it is and its
 * arguments. The words are made at the edge ({@code com.clearpath.words.ProblemWords}), in the reader's language.
 */
public record Problem(String path, ProblemCode code, List<String> args) implements Comparable<Problem> {
    /** At most this many characters of a value are quoted back in a message. */
    public static final int QUOTE_MAX = 60;

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (args.size() != code.args().size()) {
            throw new IllegalArgumentException(code + " takes " + code.args().size() + " arguments, not " + args);
        }
    }

    /** A problem whose arguments are shown as {@link String#valueOf} gives them. */
    public static Problem of(String path, ProblemCode code, Object... args) {
        return new Problem(path, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The same problem under another path (a field found inside a larger document, or taken out of it). */
    public Problem at(String otherPath) {
        return new Problem(otherPath, code, args);
    }

    /** True when {@code path} is {@code prefix} or a field inside it ({@code concerns[1].zones} is within {@code concerns[1]}). */
    public static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    /** The code and its arguments, for logs and test output; people read the words ProblemWords makes. */
    @Override
    public String toString() {
        String what = args.isEmpty() ? code.name() : code + " " + args;
        return path.isEmpty() ? what : path + ": " + what;
    }

    @Override
    public int compareTo(Problem o) {
        return path.compareTo(o.path);
    }
}
