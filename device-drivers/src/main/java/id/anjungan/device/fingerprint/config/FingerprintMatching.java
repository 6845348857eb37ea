package id.anjungan.device.fingerprint.config;

/** Where fingerprints are compared. */
public enum FingerprintMatching {
    /** On the module, against templates in its own library (the default: nothing biometric reaches the kiosk). */
    MODULE,
    /** On the kiosk with SourceAFIS, against templates encrypted on its disk. */
    HOST
}
