package com.clearpath.app;

/**
 * What an import did, as Settings says it. {@code plansRecomputed} counts consultations whose file carried a plan
 * other than the one the engine makes from their intake today: the engine's plan is stored, the file's is kept.
 */
public record Imported(int added, int alreadyPresent, int clientsCreated, int plansRecomputed) {
}
