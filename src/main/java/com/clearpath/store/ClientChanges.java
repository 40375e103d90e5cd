package com.clearpath.store;

import com.clearpath.domain.Client;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Problem;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Corrections to the client list a clinic makes by hand: edit a client's details, merge two records of one person,
 * delete a record typed by mistake. Checks the rules first and leaves the trail to the repository; no UI here.
 */
public final class ClientChanges {
    /** An edit that was not made, with every problem (field paths as in an intake: {@code client.firstName} …). */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(problems.get(0).toString());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final ClientRepository clients;
    private final Clock clock;
    private final String actor;

    public ClientChanges(ClientRepository clients, Clock clock, String actor) {
        this.clients = clients;
        this.clock = clock;
        this.actor = actor;
    }

    /** The problems {@code client} would have as a record today; empty when it can be saved. */
    public List<Problem> check(Client client) {
        return new IntakeValidator(LocalDate.now(clock)).validateClient(client);
    }

    public StoredClient edit(UUID id, Client client) throws RecordsFailure, Invalid {
        List<Problem> problems = check(client);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return clients.edit(id, client, actor);
    }

    /** Keeps {@code kept}, moves every consultation of {@code gone} to it and removes {@code gone}. */
    public StoredClient merge(UUID kept, UUID gone) throws RecordsFailure {
        return clients.merge(kept, gone, actor);
    }

    /** True when the client has no final consultation, so the record may be deleted. */
    public boolean deletable(UUID id) throws RecordsFailure {
        return clients.finalConsultations(id) == 0;
    }

    public void delete(UUID id) throws RecordsFailure {
        clients.delete(id, actor);
    }
}
