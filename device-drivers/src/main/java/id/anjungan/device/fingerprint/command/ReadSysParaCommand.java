package id.anjungan.device.fingerprint.command;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintModuleInfo;

/**
 * Reads the 16 bytes of system parameters: status register, system id, library size, security
 * level, device address, packet size code and baud multiplier.
 */
public final class ReadSysParaCommand implements R30xCommand<FingerprintModuleInfo> {

    private static final int[] PACKET_SIZES = {32, 64, 128, 256};
    private static final int BAUD_UNIT = 9600;

    @Override
    public byte[] payload() {
        return Bytes.of(0x0F);
    }

    @Override
    public FingerprintModuleInfo parse(Acknowledgement ack) {
        ack.requireOk(name());
        int capacity = ack.unsignedShort(name(), 4);
        int securityLevel = ack.unsignedShort(name(), 6);
        long address = ack.unsignedInt(name(), 8);
        int packetSizeCode = ack.unsignedShort(name(), 12);
        int baudMultiplier = ack.unsignedShort(name(), 14);
        if (packetSizeCode >= PACKET_SIZES.length || capacity == 0) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL,
                    "implausible system parameters: packet size code " + packetSizeCode + ", library size " + capacity);
        }
        return new FingerprintModuleInfo(capacity, securityLevel, address, PACKET_SIZES[packetSizeCode], baudMultiplier * BAUD_UNIT);
    }
}
