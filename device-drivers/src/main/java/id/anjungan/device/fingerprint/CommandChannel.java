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
        R30xPacket reply = reader.read(replyTimeout);
        if (reply.type() != PacketType.ACK) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL, command.name() + " got a " + reply + " instead of an ack");
        }
        if (reply.address() != address) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL,
                    String.format("%s answered from address %08X, expected %08X", command.name(), reply.address(), address));
        }
        return command.parse(Acknowledgement.of(reply.payload()));
    }
}
