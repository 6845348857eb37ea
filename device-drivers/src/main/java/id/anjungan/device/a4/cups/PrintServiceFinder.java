package id.anjungan.device.a4.cups;

import java.util.Arrays;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/**
 * Finds the javax.print service of a CUPS queue. The JDK refreshes its list of CUPS queues about
 * every two minutes, so a queue added while the kiosk runs is seen late, unless the JVM starts with
 * {@code -Dsun.java2d.print.polling=false} (then each lookup asks CUPS afresh).
 */
interface PrintServiceFinder {

    /** The service of queue {@code name}. */
    Optional<PrintService> byName(String name);

    /** The system's default queue's service. */
    Optional<PrintService> systemDefault();

    /** javax.print's own lookup. */
    static PrintServiceFinder javaxPrint() {
        return new PrintServiceFinder() {
            @Override
            public Optional<PrintService> byName(String name) {
                return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                        .filter(service -> service.getName().equals(name))
                        .findFirst();
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
            }
        };
    }
}
