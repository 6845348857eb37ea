package id.anjungan.device.fingerprint;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.fingerprint.command.Acknowledgement;
import id.anjungan.device.fingerprint.command.R30xCommand;
import id.anjungan.device.fingerprint.frame.PacketReader;
import id.anjungan.device.fingerprint.frame.PacketType;
import id.anjungan.device.fingerprint.frame.PacketWriter;
import id.anjungan.device.fingerprint.frame.R30xPacket;
import id.anjungan.device.transport.ByteTransport;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

/** One instruction out, its acknowledgement back: the request/response rhythm of the module. */
final class CommandChannel {

    private final ByteTransport transport;
    private final PacketWriter writer;
    private final PacketReader reader;
    private final long address;
    private final Duration replyTimeout;

    CommandChannel(ByteTransport transport, long address, Duration replyTimeout) {
        this.transport = transport;
        this.writer = new PacketWriter(transport);
        this.reader = new PacketReader(transport);
        this.address = address;
        this.replyTimeout = replyTimeout;
    }

    <R> R execute(R30xCommand<R> command) {
        // a late answer to an earlier, timed-out instruction must not be taken for this one's
        transport.discardInput();
        writer.write(new R30xPacket(address, PacketType.COMMAND, command.payload()));
        R30xPacket reply = fromModule(command, reader.read(replyTimeout));
        if (reply.type() != PacketType.ACK) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL, command.name() + " got a " + reply + " instead of an ack");
        }
        return command.parse(Acknowledgement.of(reply.payload()));
    }

    /** Sends {@code command}, then collects the data packets that follow its acknowledgement. */
    byte[] executeForData(R30xCommand<?> command, int expectedBytes) {
        execute(command);
        ByteArrayOutputStream data = new ByteArrayOutputStream(expectedBytes);
        while (true) {
            R30xPacket packet = fromModule(command, reader.read(replyTimeout));
            if (packet.type() != PacketType.DATA && packet.type() != PacketType.END_DATA) {
                throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL, command.name() + " got a " + packet + " amid its data");
            }
            data.writeBytes(packet.payload());
            if (data.size() > expectedBytes) {
                throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL,
                        command.name() + " sent more than the " + expectedBytes + " bytes expected");
            }
            if (packet.type() == PacketType.END_DATA) {
                break;
            }
        }
        if (data.size() != expectedBytes) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL,
                    command.name() + " sent " + data.size() + " bytes, expected " + expectedBytes);
        }
        return data.toByteArray();
    }

    private R30xPacket fromModule(R30xCommand<?> command, R30xPacket packet) {
        if (packet.address() != address) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL,
                    String.format("%s answered from address %08X, expected %08X", command.name(), packet.address(), address));
        }
        return packet;
    }
}
