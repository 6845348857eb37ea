-- Audit: append-only; a resident appears only as a keyed hash of the NIK.
CREATE TABLE audit_event (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    kiosk    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    resident TEXT,
    detail   TEXT NOT NULL
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;

-- Queue numbers: one counter per local day.
CREATE TABLE queue_counter (
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);

-- A ticket's claim code: the NIK sealed under a key derived from the code, so only the paper ticket opens it.
CREATE TABLE claim (
    code_index   TEXT PRIMARY KEY,
    sealed_nik   BLOB NOT NULL,
    request_id   TEXT,
    outbox_key   TEXT,
    letter_name  TEXT NOT NULL,
    queue_number TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   INTEGER NOT NULL
);

-- Print journal: QUEUED -> SENT -> DONE | FAILED.
CREATE TABLE print_job (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    state      TEXT NOT NULL,
    reason     TEXT,
    reprint_of INTEGER REFERENCES print_job (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX print_job_state ON print_job (state, id);

-- Outbox: letter requests made while the backend was unreachable, waiting for the resident's next login.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    idem_key     TEXT NOT NULL UNIQUE,
    resident     TEXT NOT NULL,
    sealed_draft BLOB NOT NULL,
    letter_name  TEXT NOT NULL,
    queue_number TEXT NOT NULL,
    state        TEXT NOT NULL,
    request_id   TEXT,
    reason       TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX outbox_resident ON outbox (resident, state, id);

-- Fingerprint enrolment: the module's template page and the consent; nothing else about the resident.
CREATE TABLE fingerprint_enrolment (
    resident        TEXT PRIMARY KEY,
    template_page   INTEGER NOT NULL UNIQUE,
    consent_at      TEXT NOT NULL,
    consent_version TEXT NOT NULL
);

-- Card links: the NIK sealed under a key derived from the card UID, made with consent.
CREATE TABLE card_link (
    card_index      TEXT PRIMARY KEY,
    resident        TEXT NOT NULL UNIQUE,
    sealed_nik      BLOB NOT NULL,
    consent_at      TEXT NOT NULL,
    consent_version TEXT NOT NULL
);
