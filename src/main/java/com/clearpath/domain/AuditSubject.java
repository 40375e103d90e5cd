package com.clearpath.domain;

/** What kind of thing an audit event is about; its id says which one. */
public enum AuditSubject {
    CONSULTATION, CLIENT, CONSENT, PHOTO, SETTING, BACKUP, EXPORT_FILE, IMPORT_FILE, USER, RECORDS
}
