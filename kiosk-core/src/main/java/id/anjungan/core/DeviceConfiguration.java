package id.anjungan.core;

import id.anjungan.core.config.CheckedConfiguration;
import id.anjungan.core.config.DeviceKinds;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.ReceiptPrinter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens each configured device through its provider, chosen by the {@code type:} value. */
@Configuration(proxyBeanMethods = false)
class DeviceConfiguration {

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
}
