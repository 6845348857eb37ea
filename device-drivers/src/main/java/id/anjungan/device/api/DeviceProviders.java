package id.anjungan.device.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds {@link DeviceProvider}s on the class path, in the order their service files list them. */
public final class DeviceProviders {

    private DeviceProviders() {
    }

    /**
     * Every provider of one device kind, including providers of its sub-kinds (the {@link KeyboardWedge} provider
     * also opens a {@link CardReaderDevice} and a {@link CodeScannerDevice}).
     */
    public static <T extends AutoCloseable> List<DeviceProvider<T>> of(Class<T> kind) {
        List<DeviceProvider<T>> found = new ArrayList<>();
        for (DeviceProvider<?> provider : ServiceLoader.load(DeviceProvider.class, DeviceProviders.class.getClassLoader())) {
            if (kind.isAssignableFrom(provider.kind())) {
                found.add(cast(provider));
            }
        }
        return found;
    }

    /** The provider of one kind for a {@code type:} value. */
    public static <T extends AutoCloseable> Optional<DeviceProvider<T>> find(Class<T> kind, String type) {
        return of(kind).stream().filter(provider -> provider.type().equals(type)).findFirst();
    }

    /** The type values known for one kind, in service-file order. */
    public static List<String> types(Class<? extends AutoCloseable> kind) {
        List<String> types = new ArrayList<>();
        for (DeviceProvider<?> provider : of(kind)) {
            types.add(provider.type());
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static <T extends AutoCloseable> DeviceProvider<T> cast(DeviceProvider<?> provider) {
        return (DeviceProvider<T>) provider;
    }
}
