package id.anjungan.device.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A serial port through jSerialComm, by path (real ports, udev symlinks and ptys alike), 8N1 at the
 * configured baud rate. Each open takes a fresh {@code SerialPort}, because a port object that saw a
 * disconnect stays broken.
 */
public final class SerialTransport extends StreamTransport {

    private final String path;
    private final int baud;

    public SerialTransport(String path, int baud, TransportTimeouts timeouts) {
        super(timeouts);
        this.path = path;
        this.baud = baud;
    }

    @Override
    protected Link connect(TransportTimeouts timeouts) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "no serial port at " + path, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // semi-blocking: a read returns as soon as one byte is there (blocking mode waits to fill the buffer)
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                0, (int) timeouts.write().toMillis());
        // the return value is the truth; an error code after a successful open on a pty is harmless
        if (!port.openPort()) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE,
                    "cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        port.addDataListener(new DisconnectListener(port));
        InputStream in = port.getInputStream();
        OutputStream out = port.getOutputStream();
        return Link.of(in, out, () -> port.closePort());
    }

    @Override
    public String describe() {
        return "serial:" + path;
    }

    /**
     * jSerialComm fires the disconnect event in a tight loop until the port is closed, so the first
     * event closes the port (off the event thread, which closing waits for) and the rest are ignored.
     */
    private final class DisconnectListener implements SerialPortDataListener {
        private final SerialPort port;
        private final AtomicBoolean seen = new AtomicBoolean();

        DisconnectListener(SerialPort port) {
            this.port = port;
        }

        @Override
        public int getListeningEvents() {
            return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
        }

        @Override
        public void serialEvent(SerialPortEvent event) {
            if (seen.compareAndSet(false, true)) {
                // the reader then sees the stream end and the transport marks itself lost
                Thread closer = new Thread(port::closePort, "disconnect " + path);
                closer.setDaemon(true);
                closer.start();
            }
        }
    }
}
