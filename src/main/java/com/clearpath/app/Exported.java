package com.clearpath.app;

/**
 * What an export wrote, as Settings says it: how many consultations and photos, and whether as a records archive
 * (a zip with the photos' files) rather than plain JSON.
 */
public record Exported(int consultations, int photos, boolean archive) {
}
