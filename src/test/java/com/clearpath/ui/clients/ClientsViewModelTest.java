package com.clearpath.ui.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.Clinic;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.Client;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.clients.ClientsViewModel.ClientEntry;
import com.clearpath.ui.clients.ClientsViewModel.ClientShown;
import com.clearpath.ui.clients.ClientsViewModel.Found;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Clients screen's state without a window, on a real SQLite file. */
class ClientsViewModelTest {
    @TempDir
    Path temp;
    private Clinic clinic;
    private ClientDirectory directory;
    private ObjectProperty<DatabaseStatus> status;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), Clock.systemDefaultZone(), "test");
        DatabaseStatus ready = clinic.open().status();
        assertInstanceOf(DatabaseStatus.Ready.class, ready);
        status = new SimpleObjectProperty<>(ready);
        directory = new ClientDirectory(clinic);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private StoredClient client(String first, String last) throws RecordsFailure {
        return clinic.with(s -> s.clients().create(new Client(first, last, LocalDate.of(1990, 5, 17), null, null)));
    }

    private ClientsViewModel model(BackgroundTasks tasks) {
        return new ClientsViewModel(tasks, directory, new Consultations(clinic, "test"), status, (id, file) -> {
            throw new IllegalStateException("no visits in these tests");
        });
    }

    @Test
    void aClinicWithNoRecordsShowsTheFirstRunAndOneWithRecordsTheWorkspace() throws Exception {
        ClientsViewModel model = model(new SameThreadBackgroundTasks());
        model.refresh();
        assertInstanceOf(ClientsViewModel.FirstRun.class, model.screenProperty().get());

        client("Ana", "Reyes");
        model.refresh();
        assertInstanceOf(ClientsViewModel.Workspace.class, model.screenProperty().get());
        assertInstanceOf(ClientsViewModel.Recent.class, model.resultsProperty().get(), "nothing typed: recent ones");
    }

    @Test
    void whileTheRecordsAreNotOpenTheScreenSaysWhyAndTheDetailIsLetGo() throws Exception {
        StoredClient ana = client("Ana", "Reyes");
        ClientsViewModel model = model(new SameThreadBackgroundTasks());
        model.refresh();
        model.openClient(ana.id());
        assertInstanceOf(ClientShown.class, model.detailProperty().get());

        RecordsFailure full = new RecordsFailure(RecordsFailure.Code.NOT_WRITABLE, RecordsFailure.Doing.OPEN_DATABASE, null);
        status.set(new DatabaseStatus.Unavailable(temp, full));
        assertEquals(new ClientsViewModel.Unavailable(full), model.screenProperty().get());
        assertInstanceOf(ClientsViewModel.Nothing.class, model.detailProperty().get());
        status.set(new DatabaseStatus.Opening(temp));
        assertInstanceOf(ClientsViewModel.Opening.class, model.screenProperty().get());
    }

    @Test
    void aQueryFindsClientsSelectsTheFirstAndEnterOpensTheirHistory() throws Exception {
        StoredClient jose = client("José", "García");
        client("Ana", "Reyes");
        ClientsViewModel model = model(new SameThreadBackgroundTasks());
        model.refresh();
        model.queryProperty().set(" jose ");
        model.search();
        assertEquals("jose", ((Found) model.resultsProperty().get()).query());
        assertEquals(1, model.entries().size());
        assertEquals(jose.id(), ((ClientEntry) model.selectedProperty().get()).match().id());

        model.openSelected();
        ClientShown shown = (ClientShown) model.detailProperty().get();
        assertEquals(jose.id(), shown.history().client().id());
        assertTrue(shown.opened(), "opened by the person: it takes the focus");
        model.reload();
        assertTrue(!((ClientShown) model.detailProperty().get()).opened(), "read again: the focus stays");

        model.clientDeleted();
        assertInstanceOf(ClientsViewModel.Nothing.class, model.detailProperty().get());
        model.reload();
        assertInstanceOf(ClientsViewModel.Nothing.class, model.detailProperty().get(), "nothing left to read again");
        model.openClient(UUID.randomUUID());
        assertInstanceOf(ClientsViewModel.Gone.class, model.detailProperty().get());
    }

    @Test
    void enterRightAfterTypingOpensTheFirstMatchOnceItArrives() throws Exception {
        StoredClient ana = client("Ana", "Reyes");
        ClientsViewModel model = model(new SameThreadBackgroundTasks());
        model.refresh();
        model.queryProperty().set("reyes");
        model.searchThenOpenFirst();
        assertEquals(ana.id(), ((ClientShown) model.detailProperty().get()).history().client().id());
    }

    @Test
    void aLateAnswerForAnOldQueryOrAnOldSelectionIsIgnored() throws Exception {
        StoredClient jose = client("José", "García");
        StoredClient ana = client("Ana", "Reyes");
        HeldTasks held = new HeldTasks();
        ClientsViewModel model = model(held);
        model.refresh();
        held.releaseAll();

        model.queryProperty().set("ana");
        model.search();
        model.queryProperty().set("jose");
        model.search();
        held.release(1);
        held.release(0);
        assertEquals("jose", ((Found) model.resultsProperty().get()).query(), "the answer for \"ana\" came too late");
        assertEquals(jose.id(), ((ClientEntry) model.entries().get(0)).match().id());

        model.openClient(ana.id());
        model.openClient(jose.id());
        held.release(1);
        held.release(0);
        assertEquals(jose.id(), ((ClientShown) model.detailProperty().get()).history().client().id(),
                "Ana's history came after José was opened");

        model.openClient(ana.id());
        status.set(new DatabaseStatus.Opening(temp));
        held.releaseAll();
        assertInstanceOf(ClientsViewModel.Nothing.class, model.detailProperty().get(),
                "a history asked for before the records closed is not shown");
    }

    /** Holds each piece of work until the test releases it, in any order, as slow reads on two threads would. */
    private static final class HeldTasks implements BackgroundTasks {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            waiting.add(() -> new SameThreadBackgroundTasks().run(work, onSuccess, onFailure));
        }

        void release(int index) {
            waiting.remove(index).run();
        }

        void releaseAll() {
            while (!waiting.isEmpty()) {
                release(0);
            }
        }
    }
}
