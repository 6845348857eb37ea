package id.anjungan.ui.journey;

import id.anjungan.ui.app.KioskApplication;
import id.anjungan.ui.app.KioskContext;

/** The real kiosk application in demo mode, with the rig's CUPS queue as its A4 printer. */
public class JourneyKioskApplication extends KioskApplication {

    @Override
    protected Class<?>[] configuration() {
        return new Class<?>[] {KioskContext.class, CupsPrinterConfiguration.class};
    }
}
