package com.clearpath.ui.records;

import com.clearpath.app.Backup;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * What the person is asked when the database cannot be opened: a damaged file (restore the latest backup, start
 * empty, or quit; the damaged file is always kept), a database held by another copy of the app (try again), or a
 * data folder that cannot be written (say so; the app stays open). Other failures are told in the status bar and
 * Settings, as there is nothing to choose.
 */
public final class DatabaseProblems {
    private static final Logger LOG = Logger.getLogger(DatabaseProblems.class.getName());

    private final Messages text;
    private final RecordWords words;
    private final Records records;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Runnable quit;
    private final Consumer<String> notice;
    /** One question at a time: the status can change again while a dialog is up. */
    private boolean asking;
    /** Why the last way out failed, said in the next dialog. */
    private String lastFailure;
    private Alert current;

    public DatabaseProblems(Messages text, RecordWords words, Records records, BackgroundTasks tasks, Dialogs dialogs,
                            Runnable quit, Consumer<String> notice) {
        this.text = text;
        this.words = words;
        this.records = records;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.quit = quit;
        this.notice = notice;
    }

    /** Starts answering problems; call once the main window is showing, so dialogs have an owner. */
    public void watch() {
        records.status().addListener((o, was, now) -> check(now));
        check(records.status().get());
    }

    /** The dialog on screen, if any (for tests and screenshots). */
    public Optional<Alert> current() {
        return Optional.ofNullable(current).filter(Alert::isShowing);
    }

    private void check(DatabaseStatus status) {
        if (asking || !(status instanceof DatabaseStatus.Unavailable problem)) {
            return;
        }
        switch (problem.kind()) {
            case CORRUPT -> {
                asking = true;
                tasks.run(records::latestGoodBackup, this::askDamaged, error -> {
                    LOG.log(Level.WARNING, "Could not list the backups", error);
                    askDamaged(Optional.empty());
                });
            }
            case LOCKED -> askLocked();
            case NOT_WRITABLE -> askNotWritable(problem);
            default -> {
                // Nothing to choose (e.g. written by a newer version): the status bar and Settings say why.
            }
        }
    }

    private void askDamaged(Optional<Backup> latest) {
        List<ButtonType> buttons = new ArrayList<>();
        ButtonType restore = latest.map(b -> new ButtonType(text.format("startup.damaged.restore",
                words.dateTime(b.madeAt())), ButtonBar.ButtonData.OK_DONE)).orElse(null);
        ButtonType empty = new ButtonType(text.get("startup.damaged.empty"), ButtonBar.ButtonData.OTHER);
        ButtonType leave = new ButtonType(text.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (restore != null) {
            buttons.add(restore);
        }
        buttons.add(empty);
        buttons.add(leave);
        StringBuilder body = new StringBuilder(text.format("startup.damaged.body",
                records.paths().database().getFileName()));
        body.append("\n\n").append(latest.isPresent() ? text.get("startup.damaged.withBackup")
                : text.get("startup.damaged.noBackup"));
        if (lastFailure != null) {
            body.append("\n\n").append(text.format("startup.failedBefore", lastFailure));
        }
        Alert alert = dialogs.create(Alert.AlertType.ERROR, "damaged-database", text.get("startup.damaged.heading"),
                body.toString(), buttons);
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer != null && answer == restore) {
                recover(latest);
            } else if (answer == empty) {
                recover(Optional.empty());
            } else if (answer == leave) {
                asking = false;
                quit.run();
            } else {
                asking = false;
            }
        });
        show(alert);
    }

    private void recover(Optional<Backup> backup) {
        records.recover(backup, restored -> {
            asking = false;
            lastFailure = null;
            Path damaged = restored.keptAside();
            String message = backup.map(b -> text.format("startup.recovered.restored", words.dateTime(b.madeAt()),
                    damaged.getFileName())).orElse(text.format("startup.recovered.empty", damaged.getFileName()));
            if (!restored.photosNotBroughtBack().isEmpty()) {
                message += " " + words.photosNotBroughtBack(restored.photosNotBroughtBack());
            }
            notice.accept(message);
            Alert done = dialogs.inform("recovered-database", text.get("startup.recovered.heading"),
                    message + "\n\n" + text.format("startup.recovered.where", folderOf(damaged)));
            show(done);
        }, error -> {
            lastFailure = RecordWords.failure(text, error);
            asking = false;
            // The status is Unavailable again: ask again, with what went wrong.
            check(records.status().get());
        });
    }

    private void askLocked() {
        asking = true;
        ButtonType retry = new ButtonType(text.get("startup.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(text.get("startup.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = dialogs.create(Alert.AlertType.WARNING, "locked-database", text.get("startup.locked.heading"),
                text.get("startup.locked.body"), List.of(retry, later));
        alert.setOnHidden(e -> {
            asking = false;
            if (alert.getResult() == retry) {
                records.open(status -> {
                });
            }
        });
        show(alert);
    }

    private void askNotWritable(DatabaseStatus.Unavailable problem) {
        asking = true;
        ButtonType retry = new ButtonType(text.get("startup.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(text.get("startup.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = dialogs.create(Alert.AlertType.WARNING, "unwritable-database",
                text.get("startup.notWritable.heading"),
                text.format("startup.notWritable.body", words.failure(problem.failure()), records.paths().folder()),
                List.of(retry, later));
        alert.setOnHidden(e -> {
            asking = false;
            if (alert.getResult() == retry) {
                records.open(status -> {
                });
            }
        });
        show(alert);
    }

    private void show(Alert alert) {
        current = alert;
        alert.show();
    }

    private static String folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toString() : parent.toString();
    }
}
