package id.anjungan.device.api;

/** A step of a fingerprint capture, each with the sentence the kiosk shows the resident. */
public enum FingerprintPrompt {
    /** Waiting for a finger on the sensor. */
    PLACE_FINGER("Letakkan jari Anda di alat sidik jari."),
    /** An image was taken; the finger must come off before the second capture. */
    LIFT_FINGER("Angkat jari Anda."),
    /** Waiting for the same finger once more (second enrolment capture). */
    PLACE_SAME_FINGER_AGAIN("Letakkan jari yang sama sekali lagi."),
    /** The capture is done; the module is working. */
    PROCESSING("Mohon tunggu, sidik jari sedang diperiksa.");

    private final String sentence;

    FingerprintPrompt(String sentence) {
        this.sentence = sentence;
    }

    /** The plain Bahasa Indonesia instruction for the resident. */
    public String sentence() {
        return sentence;
    }
}
