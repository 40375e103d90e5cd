package com.clearpath.engine;

import com.clearpath.domain.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A catalog or catalog override that cannot be used, with every problem found. */
public final class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final transient List<Problem> problems;

    public CatalogException(String source, List<Problem> problems) {
        super(source + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The catalog's file name, or what the catalog was read from. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }
}
