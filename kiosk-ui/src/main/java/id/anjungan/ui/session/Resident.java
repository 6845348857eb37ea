package id.anjungan.ui.session;

/** The logged-in resident as the screens need them: a name to greet, and whether the PIN must change first. */
public record Resident(String name, boolean mustChangePin) {

    public Resident withPinChanged() {
        return new Resident(name, false);
    }
}
