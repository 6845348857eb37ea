package id.anjungan.ui.shell;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which devices are down, and so which services still work. The home tiles of a service whose device is down are
 * disabled; when no service works at all the kiosk shows the out-of-order screen instead of inviting residents in.
 */
public final class DeviceBoard {

    private final ObservableSet<Service.Device> down = FXCollections.observableSet();

    public void report(Service.Device device, boolean up) {
        if (up) {
            down.remove(device);
        } else {
            down.add(device);
        }
    }

    public ObservableSet<Service.Device> down() {
        return down;
    }

    public boolean works(Service service) {
        return service.needs().stream().noneMatch(down::contains);
    }

    public BooleanBinding working(Service service) {
        return Bindings.createBooleanBinding(() -> works(service), down);
    }

    /** The services that still work, in home-screen order. */
    public List<Service> stillWorking() {
        return Arrays.stream(Service.values()).filter(this::works).toList();
    }

    /** True when not a single service works: residents should not be invited in. */
    public boolean outOfOrder() {
        return stillWorking().isEmpty();
    }
}
