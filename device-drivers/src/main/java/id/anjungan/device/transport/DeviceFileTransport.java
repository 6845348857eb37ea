package id.anjungan.device.transport;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A character device opened as a file: the USB printer class device {@code /dev/usb/lp0}, or any
 * tty whose line settings are already right. File channels are interruptible, so closing them
 * ends a blocked read.
 */
public final class DeviceFileTransport extends StreamTransport {

    private final Path path;

    public DeviceFileTransport(Path path, TransportTimeouts timeouts) {
        super(timeouts);
        this.path = path;
    }

    @Override
    protected Link connect(TransportTimeouts timeouts) {
        if (!Files.exists(path)) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, path + " does not exist (printer unplugged?)");
        }
        try {
            // one channel per direction: a file channel serialises reads and writes on one lock,
            // so a reader blocked waiting for the printer would hold every write back
            FileChannel reading = FileChannel.open(path, StandardOpenOption.READ);
            FileChannel writing = openForWriting(reading);
            InputStream in = Channels.newInputStream(reading);
            OutputStream out = Channels.newOutputStream(writing);
            return Link.of(in, out, () -> {
                try (reading) {
                    writing.close();
                }
            });
        } catch (IOException e) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    private FileChannel openForWriting(FileChannel reading) throws IOException {
        try {
            return FileChannel.open(path, StandardOpenOption.WRITE);
        } catch (IOException e) {
            reading.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "file:" + path;
    }
}
