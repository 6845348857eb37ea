package id.anjungan.device.api;

/**
 * What a fingerprint module reports about itself (its system parameters).
 *
 * @param capacity          how many templates its library holds (pages 0 to capacity - 1)
 * @param securityLevel     matching strictness, 1 (lenient) to 5 (strict)
 * @param address           the module's 32-bit address
 * @param packetPayloadSize the largest data packet payload in bytes (32, 64, 128 or 256)
 * @param baudRate          the UART speed it is set to
 */
public record FingerprintModuleInfo(int capacity, int securityLevel, long address, int packetPayloadSize, int baudRate) {
}
