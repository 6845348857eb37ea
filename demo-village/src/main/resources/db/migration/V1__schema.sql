-- demo-village schema: the subset of OpenSID's tables the kiosk's API calls read and write,
-- with OpenSID's column names where the API exposes them.

CREATE TABLE desa (
    id                INTEGER PRIMARY KEY,
    nama_desa         TEXT NOT NULL,
    kode_desa         TEXT NOT NULL,
    nama_kecamatan    TEXT NOT NULL,
    kode_kecamatan    TEXT NOT NULL,
    nama_kabupaten    TEXT NOT NULL,
    kode_kabupaten    TEXT NOT NULL,
    nama_provinsi     TEXT NOT NULL,
    kode_provinsi     TEXT NOT NULL,
    kode_pos          TEXT,
    alamat_kantor     TEXT,
    email_desa        TEXT,
    telepon           TEXT,
    website           TEXT,
    nama_kepala_desa  TEXT,
    nip_kepala_desa   TEXT,
    nama_kepala_camat TEXT,
    nip_kepala_camat  TEXT,
    lat               TEXT,
    lng               TEXT
);

CREATE TABLE keluarga (
    id     INTEGER PRIMARY KEY,
    no_kk  TEXT NOT NULL UNIQUE,
    alamat TEXT NOT NULL,
    dusun  TEXT NOT NULL,
    rt     TEXT NOT NULL,
    rw     TEXT NOT NULL
);

CREATE TABLE penduduk (
    id               INTEGER PRIMARY KEY,
    nik              TEXT NOT NULL UNIQUE CHECK (length(nik) = 16),
    nama             TEXT NOT NULL,
    keluarga_id      INTEGER REFERENCES keluarga (id),
    hubungan         TEXT NOT NULL,
    jenis_kelamin    TEXT NOT NULL,
    agama            TEXT NOT NULL,
    tempat_lahir     TEXT NOT NULL,
    tanggal_lahir    TEXT NOT NULL,
    pendidikan       TEXT NOT NULL,
    pekerjaan        TEXT NOT NULL,
    status_kawin     TEXT NOT NULL,
    golongan_darah   TEXT NOT NULL DEFAULT 'TIDAK TAHU',
    warga_negara     TEXT NOT NULL DEFAULT 'WNI',
    no_telepon       TEXT,
    email            TEXT UNIQUE,
    tag_id_card      TEXT UNIQUE,
    akta_lahir       TEXT,
    nama_ayah        TEXT,
    nik_ayah         TEXT,
    nama_ibu         TEXT,
    nik_ibu          TEXT,
    status_dasar     INTEGER NOT NULL DEFAULT 1
);

-- Layanan mandiri accounts. pin is OpenSID's legacy md5 scheme (32 hex) until the first login,
-- then bcrypt, exactly as the real API rehashes it.
CREATE TABLE penduduk_mandiri (
    id_pend    INTEGER PRIMARY KEY REFERENCES penduduk (id),
    pin        TEXT NOT NULL,
    ganti_pin  INTEGER NOT NULL DEFAULT 0,
    aktif      INTEGER NOT NULL DEFAULT 1,
    last_login TEXT
);

CREATE TABLE ref_syarat_surat (
    ref_syarat_id   INTEGER PRIMARY KEY,
    ref_syarat_nama TEXT NOT NULL
);

CREATE TABLE surat_format (
    id                  INTEGER PRIMARY KEY,
    nama                TEXT NOT NULL,
    url_surat           TEXT NOT NULL UNIQUE,
    kode_surat          TEXT NOT NULL,
    jenis               INTEGER NOT NULL DEFAULT 3,
    mandiri             INTEGER NOT NULL DEFAULT 1,
    kunci               INTEGER NOT NULL DEFAULT 0,
    syarat_surat        TEXT NOT NULL DEFAULT '[]',
    kode_isian          TEXT NOT NULL DEFAULT '[]',
    masa_berlaku        INTEGER,
    satuan_masa_berlaku TEXT
);

CREATE TABLE dokumen (
    id             INTEGER PRIMARY KEY,
    id_pend        INTEGER NOT NULL REFERENCES penduduk (id),
    nama           TEXT NOT NULL,
    id_syarat      INTEGER NOT NULL REFERENCES ref_syarat_surat (ref_syarat_id),
    tanggal_upload TEXT NOT NULL
);

CREATE TABLE permohonan_surat (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    id_pemohon  INTEGER NOT NULL REFERENCES penduduk (id),
    id_surat    INTEGER NOT NULL REFERENCES surat_format (id),
    isian_form  TEXT,
    syarat      TEXT,
    keterangan  TEXT,
    no_hp_aktif TEXT,
    status      INTEGER NOT NULL CHECK (status BETWEEN 0 AND 5),
    alasan      TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Issued letters (OpenSID's log_surat). The PDF lives in the row instead of on FTP;
-- a NULL pdf is a letter whose file went missing.
CREATE TABLE log_surat (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    id_format_surat INTEGER NOT NULL REFERENCES surat_format (id),
    id_pend         INTEGER NOT NULL REFERENCES penduduk (id),
    id_permohonan   INTEGER REFERENCES permohonan_surat (id),
    no_surat        INTEGER NOT NULL,
    nomor_lengkap   TEXT NOT NULL,
    tahun           INTEGER NOT NULL,
    tanggal         TEXT NOT NULL,
    nama_pamong     TEXT NOT NULL,
    tte             INTEGER,
    nama_surat      TEXT NOT NULL,
    alias           TEXT NOT NULL UNIQUE,
    pdf             BLOB,
    UNIQUE (id_format_surat, tahun, no_surat)
);

CREATE TABLE revoked_token (
    jti        TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);

CREATE TABLE pesan (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    id_pend    INTEGER NOT NULL REFERENCES penduduk (id),
    subjek     TEXT NOT NULL,
    isi        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
