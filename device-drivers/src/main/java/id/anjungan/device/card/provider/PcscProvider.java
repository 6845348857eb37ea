package id.anjungan.device.card.provider;

import id.anjungan.device.api.CardListener;
import id.anjungan.device.api.CardReaderDevice;
import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DeviceSupervision;
import id.anjungan.device.api.Supervised;
import id.anjungan.device.card.PcscCardReaderDriver;
import id.anjungan.device.card.PcscSettings;
import id.anjungan.device.provider.SettingsCheck;
import id.anjungan.device.supervisor.SupervisedDevices;
import java.time.Duration;
import java.util.List;

/**
 * {@code type: pcsc}: a PC/SC contactless reader through pcscd, under a supervisor (pcscd restarts and replugs are
 * survived). Settings: {@code reader} (the PC/SC name; the first reader when absent) and {@code poll} (500ms).
 */
public final class PcscProvider implements DeviceProvider<CardReaderDevice> {

    @Override
    public Class<CardReaderDevice> kind() {
        return CardReaderDevice.class;
    }

    @Override
    public String type() {
        return "pcsc";
    }

    @Override
    public List<String> check(DeviceSettings settings) {
        return new SettingsCheck().read(PcscProvider::pcsc, settings).problems();
    }

    @Override
    public CardReaderDevice open(DeviceSettings settings) {
        PcscCardReaderDriver driver = new PcscCardReaderDriver(pcsc(settings));
        return new SupervisedCardReader(driver, SupervisedDevices.start(driver));
    }

    static PcscSettings pcsc(DeviceSettings settings) {
        Duration poll = settings.duration("poll", Duration.ofMillis(500));
        if (poll.toMillis() < 50 || poll.toMillis() > 10_000) {
            throw new IllegalArgumentException("poll: " + poll.toMillis() + " ms is not between 50 ms and 10 s");
        }
        return new PcscSettings(settings.text("reader").orElse(null), poll);
    }

    /** The driver with the supervisor that keeps it open; closing stops the supervisor, which closes the driver. */
    private record SupervisedCardReader(PcscCardReaderDriver driver, DeviceSupervision supervision)
            implements CardReaderDevice, Supervised {

        @Override
        public void addListener(CardListener listener) {
            driver.addListener(listener);
        }

        @Override
        public void removeListener(CardListener listener) {
            driver.removeListener(listener);
        }

        @Override
        public void close() {
            supervision.close();
        }
    }
}
