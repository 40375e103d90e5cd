package com.clearpath.app;

/**
 * What an import did, as Settings says it. {@code plansRecomputed} counts consultations whose file carried a plan
 * other than the one the engine makes from their intake today: the engine's plan is stored, the file's is kept.
 * {@code photosAdded} and {@code sessionsAdded} count those new by id (a records archive's).
 */
public record Imported(int added, int alreadyPresent, int clientsCreated, int plansRecomputed, int photosAdded,
                       int sessionsAdded) {
    /** An import of consultations alone. */
    public Imported(int added, int alreadyPresent, int clientsCreated, int plansRecomputed) {
        this(added, alreadyPresent, clientsCreated, plansRecomputed, 0, 0);
    }
}
