package com.clearpath.domain;

import java.util.List;

/**
 * Something the clinic's records could not do, as codes: what happened ({@link Code}, which fixes the {@link Kind}),
 * what was being done ({@link Doing}) and the facts to name (a file, a count). The screens and the command line make
 * the words; {@link #getMessage()} is for the log only.
 */
public final class RecordsFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which way out the person is offered, without reading words. */
    public enum Kind {
        /** The database file is damaged or not a database. */
        CORRUPT,
        /** Another copy of the app (or another program) holds the database. */
        LOCKED,
        /** No space left, or the folder cannot be written. */
        NOT_WRITABLE,
        /** A rule of the records was broken (e.g. changing a final consultation). */
        REFUSED,
        /** The row was saved meanwhile from another copy; the newer version was kept, this save was not made. */
        CHANGED_ELSEWHERE,
        /** Anything else. */
        FAILED
    }

    /** What happened; the arguments each code names are listed with it. */
    public enum Code {
        /** The database is held by another copy or program. */
        LOCKED(Kind.LOCKED),
        /** The database file cannot be read. */
        DAMAGED(Kind.CORRUPT),
        /** The database failed its check at open, so nothing is written to it. */
        DAMAGED_NOT_CHANGED(Kind.CORRUPT),
        /** The disk is full or the folder read-only. */
        NOT_WRITABLE(Kind.NOT_WRITABLE),
        /** A final consultation was to be changed. */
        FINAL_READ_ONLY(Kind.REFUSED),
        /** Anything SQLite said that has no code; args: what it said. */
        FAILED(Kind.FAILED),
        /** The work was stopped while it waited. */
        INTERRUPTED(Kind.FAILED),
        /** The records are closed (being restored, or could not be opened). */
        NOT_OPEN(Kind.FAILED),
        /** args: the schema found, the newest this version knows. */
        NEWER_VERSION(Kind.FAILED),
        /** args: the tables found. */
        ANOTHER_PROGRAMS_FILE(Kind.FAILED),
        /** args: the database path. */
        NOT_A_DATABASE_FILE(Kind.FAILED),
        /** args: the data folder, what the system said. */
        FOLDER_NOT_WRITABLE(Kind.NOT_WRITABLE),
        /** args: when the newer copy was saved. */
        CHANGED_ELSEWHERE(Kind.CHANGED_ELSEWHERE),
        /** A final consultation was given to the draft save. */
        ONLY_DRAFTS_SAVED(Kind.REFUSED),
        /** args: how many problems the file has now, the first. */
        IMPORT_FILE_CHANGED(Kind.REFUSED),
        MERGE_WITH_ITSELF(Kind.REFUSED),
        CLIENT_HAS_FINAL_CONSULTATIONS(Kind.REFUSED),
        /** args (all protected files): the file chosen. */
        PROTECTED_DATABASE(Kind.REFUSED),
        PROTECTED_DATABASE_PART(Kind.REFUSED),
        PROTECTED_BACKUP(Kind.REFUSED),
        PROTECTED_SETTINGS(Kind.REFUSED),
        PROTECTED_DATA_FOLDER(Kind.REFUSED),
        /** args (all backup codes): what the system said, or the backup's file name. */
        BACKUP_FOLDER_NOT_MADE(Kind.NOT_WRITABLE),
        BACKUP_NOT_MADE(Kind.NOT_WRITABLE),
        BACKUPS_NOT_LISTED(Kind.FAILED),
        BACKUP_NOT_RESTORED(Kind.NOT_WRITABLE),
        DAMAGED_NOT_MOVED_ASIDE(Kind.NOT_WRITABLE),
        BACKUP_EMPTY(Kind.CORRUPT),
        BACKUP_DAMAGED(Kind.CORRUPT),
        BACKUP_NOT_CLEARPATH(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** What the records were doing when it happened. */
    public enum Doing {
        OPEN_DATABASE, CHECK_DATABASE, USE_RECORDS,
        SAVE_CLIENT, UPDATE_CLIENT, MERGE_CLIENTS, DELETE_CLIENT, OPEN_CLIENT, SEARCH_CLIENTS, COUNT_CLIENTS,
        FIND_DUPLICATE_CLIENTS, READ_CLIENT_HISTORY, COUNT_CLIENT_CONSULTATIONS, LIST_CLIENT_CONSULTATIONS,
        SAVE_CONSULTATION, FINALISE_CONSULTATION, START_CORRECTION, START_FOLLOW_UP, DISCARD_DRAFT,
        OPEN_CONSULTATION, FIND_CONSULTATION, LIST_RECENT_CONSULTATIONS, LIST_UNFINISHED_CONSULTATIONS,
        COUNT_CONSULTATIONS, READ_CONSULTATION_HISTORY, RECORD_EVENT,
        EXPORT, NOTE_EXPORT, IMPORT, OPEN_IMPORTED_PLAN, WRITE_FILE,
        MAKE_BACKUP, LIST_BACKUPS, READ_BACKUP, RESTORE_BACKUP, MOVE_DAMAGED_ASIDE,
        READ_PHOTO_CONSENT, RECORD_PHOTO_CONSENT, SAVE_PHOTO, OPEN_PHOTO, LIST_PHOTOS, DELETE_PHOTO,
        READ_PHOTO_HISTORY, RECORD_SESSION, OPEN_SESSION, LIST_SESSIONS,
        SIGN_CONSENT, READ_CONSENTS, WITHDRAW_CONSENT, RECORD_AUDIT, READ_AUDIT
    }

    private final Code code;
    private final Doing doing;
    private final List<String> args;

    public RecordsFailure(Code code, Doing doing, Throwable cause, String... args) {
        super(code + " while " + doing + (args.length == 0 ? "" : " " + List.of(args)), cause);
        this.code = code;
        this.doing = doing;
        this.args = List.of(args);
    }

    public Kind kind() {
        return code.kind();
    }

    public Code code() {
        return code;
    }

    public Doing doing() {
        return doing;
    }

    /** The facts the code names, in its order. */
    public List<String> args() {
        return args;
    }
}
