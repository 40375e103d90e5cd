package com.clearpath.domain;

/** One thing wrong with an input: the field path ({@code concerns[1].zones}) and a sentence for a person. */
public record Problem(String path, String message) implements Comparable<Problem> {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return path.compareTo(o.path);
    }
}
