package id.anjungan.ui.app;

import id.anjungan.core.devices.InputDevices;
import id.anjungan.core.enrolment.DemoEnrolment;
import id.anjungan.core.print.DocumentPrinting;
import id.anjungan.core.session.DeviceEvents;
import id.anjungan.core.session.SessionListeners;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.api.ReceiptPrinterSimulation;
import id.anjungan.ui.demo.DeveloperPanel;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.session.DeferredSession;
import id.anjungan.ui.session.MachineDriver;
import id.anjungan.ui.shell.KioskModels;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Joins the screens to kiosk-core once its context is ready: the session machine, the configuration's values, the
 * A4 printer's progress, the keyboard wedge, and in demo mode the developer panel. Runs on the UI thread.
 */
final class KioskWiring {

    private final KioskModels models;
    private final DeferredSession session;
    private final Scene scene;
    private final BorderPane root;
    private final Texts texts;
    private final KioskMode mode;
    private final EventFilterUntilReady untilReady = new EventFilterUntilReady();

    KioskWiring(KioskModels models, DeferredSession session, Scene scene, BorderPane root, Texts texts, KioskMode mode) {
        this.models = models;
        this.session = session;
        this.scene = scene;
        this.root = root;
        this.texts = texts;
        this.mode = mode;
        // nothing a keyboard types reaches the window while starting, and no key combination ever does
        scene.addEventFilter(KeyEvent.ANY, untilReady);
    }

    void attach(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        models.configure(env.getProperty("anjungan.timeouts.warning", Duration.class, Duration.ofSeconds(15)),
                env.getRequiredProperty("anjungan.ui.operator-pin"));
        if (env.getProperty("anjungan.ui.high-contrast", Boolean.class, false)) {
            root.getStyleClass().add("high-contrast");
        }
        context.getBeanProvider(DocumentPrinting.class).ifAvailable(printing -> printing.addWatcher(models.printing));
        KeyboardWedge wedge = context.getBeanProvider(KeyboardWedge.class).getIfAvailable();
        if (wedge != null) {
            scene.removeEventFilter(KeyEvent.ANY, untilReady);
            new WedgeFilter(wedge).install(scene);
        }
        context.getBeanProvider(DeviceEvents.class).ifAvailable(events -> events.addFingerprintListener(models.fingerprint));
        if (mode.demo()) {
            root.setBottom(developerPanel(context, Path.of(env.getRequiredProperty("anjungan.storage.data-dir"))));
        }
        session.attach(new MachineDriver(context.getBean(SessionMachine.class), context.getBean(SessionListeners.class)));
    }

    private DeveloperPanel developerPanel(ConfigurableApplicationContext context, Path dataDir) {
        DeveloperPanel panel = new DeveloperPanel(scene, texts, dataDir);
        panel.lastTicket(scene, models.form.ticket());
        if (context.getBean(ReceiptPrinter.class) instanceof ReceiptPrinterSimulation printer) {
            panel.receiptPrinter(printer);
        }
        context.getBeanProvider(InputDevices.class).ifAvailable(devices -> devices.fingerprintReader()
                .filter(FingerprintSimulation.class::isInstance).map(FingerprintSimulation.class::cast)
                .ifPresent(reader -> panel.fingerprintReader(reader, DemoEnrolment.FINGER)));
        return panel;
    }

    /** Consumes every key event. */
    private static final class EventFilterUntilReady implements javafx.event.EventHandler<KeyEvent> {
        @Override
        public void handle(KeyEvent event) {
            event.consume();
        }
    }
}
