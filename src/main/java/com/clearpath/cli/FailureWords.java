package com.clearpath.cli;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import java.util.List;

/** The records' failures in the command line's words (English), made here only. */
final class FailureWords {
    private FailureWords() {
    }

    /** The line a command prints for {@code f}, after "clearpath: ". */
    static String of(RecordsFailure f) {
        List<String> a = f.args();
        String doing = doing(f.doing());
        return switch (f.code()) {
            case LOCKED -> "The database is in use by another copy of Clearpath or another program; close it and try "
                    + "again (" + doing + ")";
            case DAMAGED -> "The database file is damaged and cannot be read (" + doing + ")";
            case DAMAGED_NOT_CHANGED -> "The database file is damaged and was not changed (" + doing + ")";
            case NOT_WRITABLE -> "The data folder cannot be written: the disk may be full or the folder read-only ("
                    + doing + "). Nothing you entered was lost.";
            case FINAL_READ_ONLY -> "A final consultation cannot be changed; start a correction instead (" + doing + ")";
            case FAILED -> "Could not " + doing + ": " + arg(a, 0);
            case INTERRUPTED -> "Interrupted while waiting to " + doing;
            case NOT_OPEN -> "The records are not open at the moment";
            case NEWER_VERSION -> "The database was written by a newer version of Clearpath (schema " + arg(a, 0)
                    + ", this version knows up to " + arg(a, 1) + ")";
            case ANOTHER_PROGRAMS_FILE -> "This is not a Clearpath database: it holds another program's tables ("
                    + arg(a, 0) + "); nothing in it was changed";
            case NOT_A_DATABASE_FILE -> arg(a, 0) + " is a folder, not a database";
            case FOLDER_NOT_WRITABLE -> "The data folder " + arg(a, 0) + " cannot be used: " + arg(a, 1);
            case CHANGED_ELSEWHERE -> "This consultation was saved meanwhile from another window or computer (at "
                    + arg(a, 0) + "); those newer answers were kept and this copy was not saved over them";
            case ONLY_DRAFTS_SAVED -> "Only a draft can be saved; a final consultation is read-only";
            case IMPORT_FILE_CHANGED -> "The file changed after it was checked and now has " + arg(a, 0)
                    + " problem(s), the first: " + arg(a, 1) + ". Nothing was imported.";
            case MERGE_WITH_ITSELF -> "A client cannot be merged with itself";
            case CLIENT_HAS_FINAL_CONSULTATIONS -> "This client has final consultations, which are kept; merge the "
                    + "client into another record instead of deleting it";
            case PROTECTED_DATABASE, PROTECTED_DATABASE_PART, PROTECTED_BACKUP, PROTECTED_SETTINGS,
                    PROTECTED_DATA_FOLDER -> arg(a, 0) + " is " + protectedFile(f.code())
                    + " and is never written over; choose another name or folder";
            case BACKUP_FOLDER_NOT_MADE -> "The backup folder cannot be created: " + arg(a, 0);
            case BACKUP_NOT_MADE -> "The backup could not be made: " + arg(a, 0);
            case BACKUPS_NOT_LISTED -> "The backups could not be listed: " + arg(a, 0);
            case BACKUP_NOT_RESTORED -> "The backup could not be restored: " + arg(a, 0);
            case DAMAGED_NOT_MOVED_ASIDE -> "The damaged database could not be moved aside: " + arg(a, 0);
            case BACKUP_EMPTY -> "The backup " + arg(a, 0) + " is empty or not a database";
            case BACKUP_DAMAGED -> "The backup " + arg(a, 0) + " is damaged and was not used";
            case BACKUP_NOT_CLEARPATH -> arg(a, 0) + " is not a Clearpath database";
        };
    }

    /** A document written but not noted in its consultation's events. */
    static String notNoted(Exception why) {
        String said = why instanceof RecordsFailure f ? of(f) : why.getMessage();
        return "the PDF was written but could not be noted in the consultation's events: " + said;
    }

    /** "Clearpath's database" and so on, for a one-line refusal of one of the data folder's own files. */
    static String protectedFile(Code refusal) {
        return switch (refusal) {
            case PROTECTED_DATABASE -> "Clearpath's database";
            case PROTECTED_DATABASE_PART -> "part of Clearpath's database";
            case PROTECTED_BACKUP -> "a Clearpath backup";
            case PROTECTED_SETTINGS -> "one of Clearpath's settings files";
            default -> "part of Clearpath's data folder";
        };
    }

    static String doing(Doing doing) {
        return switch (doing) {
            case OPEN_DATABASE -> "open the database";
            case CHECK_DATABASE -> "check the database";
            case USE_RECORDS -> "use the records";
            case SAVE_CLIENT -> "save the client";
            case UPDATE_CLIENT -> "update the client";
            case MERGE_CLIENTS -> "merge the clients";
            case DELETE_CLIENT -> "delete the client";
            case OPEN_CLIENT -> "open the client";
            case SEARCH_CLIENTS -> "search clients";
            case COUNT_CLIENTS -> "count clients";
            case FIND_DUPLICATE_CLIENTS -> "look for duplicate clients";
            case READ_CLIENT_HISTORY -> "read the client's history";
            case COUNT_CLIENT_CONSULTATIONS -> "count the client's consultations";
            case LIST_CLIENT_CONSULTATIONS -> "list the client's consultations";
            case SAVE_CONSULTATION -> "save the consultation";
            case FINALISE_CONSULTATION -> "finalise the consultation";
            case START_CORRECTION -> "start a correction";
            case START_FOLLOW_UP -> "start a follow-up";
            case DISCARD_DRAFT -> "discard the draft";
            case OPEN_CONSULTATION -> "open the consultation";
            case FIND_CONSULTATION -> "find the consultation by its number";
            case LIST_RECENT_CONSULTATIONS -> "list recent consultations";
            case LIST_UNFINISHED_CONSULTATIONS -> "list unfinished consultations";
            case COUNT_CONSULTATIONS -> "count consultations";
            case READ_CONSULTATION_HISTORY -> "read the consultation's history";
            case RECORD_EVENT -> "record what happened";
            case EXPORT -> "export consultations";
            case NOTE_EXPORT -> "note the export";
            case IMPORT -> "import consultations";
            case OPEN_IMPORTED_PLAN -> "open the imported plan";
            case WRITE_FILE -> "write the file";
            case MAKE_BACKUP -> "make a backup";
            case LIST_BACKUPS -> "list the backups";
            case READ_BACKUP -> "read the backup";
            case RESTORE_BACKUP -> "restore the backup";
            case MOVE_DAMAGED_ASIDE -> "move the damaged database aside";
            case READ_PHOTO_CONSENT -> "read the client's photo consent";
            case RECORD_PHOTO_CONSENT -> "record the photo consent";
            case SAVE_PHOTO -> "keep the photo";
            case OPEN_PHOTO -> "open the photo";
            case LIST_PHOTOS -> "list the photos";
            case DELETE_PHOTO -> "delete the photo";
            case READ_PHOTO_HISTORY -> "read the photo's history";
            case RECORD_SESSION -> "record the treatment session";
            case OPEN_SESSION -> "open the treatment session";
            case LIST_SESSIONS -> "list the treatment sessions";
            case SIGN_CONSENT -> "keep the signed consent";
            case READ_CONSENTS -> "read the signed consents";
            case WITHDRAW_CONSENT -> "record the consent's withdrawal";
            case RECORD_AUDIT -> "note the event in the audit trail";
            case READ_AUDIT -> "read the audit trail";
        };
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
