package id.anjungan.core.audit;

/** What an audit event records. */
public enum AuditKind {
    SESSION_START,
    IDENTIFIED,
    VERIFIED,
    VERIFY_FAILED,
    LOCAL_LOCKOUT,
    PIN_CHANGED,
    LETTER_REQUESTED,
    LETTER_QUEUED_OFFLINE,
    OUTBOX_SENT,
    REQUEST_CANCELLED,
    PRINT_JOB,
    DEVICE_FAULT,
    HELP_REQUESTED,
    SURVEY,
    ENROLMENT,
    SESSION_END,
    WIPE
}
