package id.anjungan.device.api;

/**
 * Fingers for a simulated fingerprint module (demo mode's developer panel, demo enrolment). Implemented only by what
 * the {@code sim} fingerprint provider opens. Each call lays one finger on the simulated sensor for one touch: the
 * next image the module takes shows it, and the sensor is empty again after that image. The real driver finds the
 * finger by polling the module over its own protocol, as it would on a real sensor.
 */
public interface FingerprintSimulation {

    /** The next capture sees the finger enrolled in {@code page}; for an empty page, a finger enrolled nowhere. */
    void placeFinger(int page);

    /** The next capture sees a finger that matches no template. */
    void placeUnknownFinger();

    /**
     * The next capture sees the finger called {@code finger}; the same name is the same finger every time, so two
     * touches with one name enrol that finger (demo residents).
     */
    void placeNamedFinger(String finger);
}
