package id.anjungan.core;

import id.anjungan.core.config.CheckedConfiguration;
import id.anjungan.core.config.DeviceKinds;
import id.anjungan.core.config.WedgeConfiguration;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.core.print.DocumentPrinting;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.device.api.ReceiptPrinter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Opens each configured device through its provider, chosen by the {@code type:} value. */
@Configuration(proxyBeanMethods = false)
class DeviceConfiguration {

    /** How long an A4 job may take from hand-over to the print system's "completed": a few pages on a slow laser. */
    static final Duration A4_COMPLETION = Duration.ofMinutes(2);

    @Bean(destroyMethod = "close")
    ReceiptPrinter receiptPrinter(CheckedConfiguration config) {
        Map<String, String> settings = new LinkedHashMap<>(config.properties().devices()
                .getOrDefault(DeviceKinds.RECEIPT_PRINTER, Map.of("type", "sim")));
        // the roll width is a village policy; a device setting may still say otherwise
        settings.putIfAbsent("paper", String.valueOf(config.properties().policy().paperWidth()));
        if ("sim".equals(settings.get("type"))) {
            settings.putIfAbsent("output-dir", config.properties().storage().dataDir().resolve("receipts").toString());
        }
        String type = settings.get("type");
        return DeviceProviders.find(ReceiptPrinter.class, type).orElseThrow().open(new DeviceSettings(type, settings));
    }

    /**
     * The A4 printer as the session's document output: the configured one, or in demo mode a PDF folder in the data
     * folder. A site without {@code document-printer} has none; residents are then sent to the office for papers.
     */
    @Bean(destroyMethod = "close")
    @Conditional(DocumentPrinterWanted.class)
    DocumentPrinting documentOutput(CheckedConfiguration config) {
        Map<String, String> settings = new LinkedHashMap<>(config.properties().devices()
                .getOrDefault(DeviceKinds.DOCUMENT_PRINTER, Map.of("type", "pdf-folder")));
        if ("pdf-folder".equals(settings.get("type"))) {
            settings.putIfAbsent("folder", config.properties().storage().dataDir().resolve("a4").toString());
        }
        String type = settings.get("type");
        DocumentPrinter printer = DeviceProviders.find(DocumentPrinter.class, type).orElseThrow()
                .open(new DeviceSettings(type, settings));
        return new DocumentPrinting(printer, A4_COMPLETION);
    }

    /** The card reader, code scanner and fingerprint reader the configuration names; each may be absent. */
    @Bean(destroyMethod = "close")
    InputDevices inputDevices(CheckedConfiguration config) {
        return InputDevices.open(config.properties().devices());
    }

    /**
     * The keyboard wedge the UI feeds with typed keys, when the card reader or the scanner is one (one wedge serves
     * both). {@link InputDevices} owns and closes it.
     */
    @Bean(destroyMethod = "")
    @Conditional(WedgeWanted.class)
    KeyboardWedge keyboardWedge(InputDevices devices) {
        return devices.keyboardWedge().orElseThrow();
    }

    /** The card reader or the code scanner is a keyboard wedge. */
    static final class WedgeWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return wedge(environment, DeviceKinds.CARD_READER) || wedge(environment, DeviceKinds.CODE_SCANNER);
        }

        private static boolean wedge(Environment environment, String kind) {
            String type = environment.getProperty("anjungan.devices." + kind + ".type");
            return type != null && WedgeConfiguration.isWedge(Map.of("type", type));
        }
    }

    /** A document printer is configured, or the kiosk runs in demo mode. */
    static final class DocumentPrinterWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return environment.containsProperty("anjungan.devices." + DeviceKinds.DOCUMENT_PRINTER + ".type")
                    || "demo".equals(environment.getProperty("anjungan.mode", "demo"));
        }
    }
}
