package id.anjungan.ui.app;

import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: the JavaFX launcher refuses to start an Application
 * main class from the class path (TEST-RIGS.md).
 */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(KioskApplication.class, args);
    }
}
