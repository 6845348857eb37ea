package id.anjungan.device.fingerprint.sim;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The module's behaviour, instruction by instruction: an image buffer, two character buffers and
 * a template library. Instead of pixels and minutiae it carries the identity of the finger each
 * image came from, so two captures "match" exactly when they came from the same finger.
 */
final class SimulatedModule {

    static final int OK = 0x00;
    static final int PACKET_ERROR = 0x01;
    static final int NO_FINGER = 0x02;
    static final int TOO_MESSY = 0x06;
    static final int NO_MATCH = 0x08;
    static final int NOT_FOUND = 0x09;
    static final int COMBINE_FAILED = 0x0A;
    static final int BAD_PAGE = 0x0B;
    static final int TEMPLATE_UNREADABLE = 0x0C;
    static final int UPLOAD_FAILED = 0x0F;
    static final int DELETE_FAILED = 0x10;
    static final int WRONG_PASSWORD = 0x13;
    static final int NO_VALID_IMAGE = 0x15;
    static final int FLASH_ERROR = 0x18;

    private static final int SECURITY_LEVEL = 3;
    private static final int PACKET_SIZE_128 = 2;
    private static final int BAUD_57600 = 6;

    private final Sensor sensor;
    private final TemplateLibrary library;
    private final long address;
    private final long password;
    private final String[] buffers = new String[3];
    private String image;
    private int captures;
    private byte[] upload;
    private volatile boolean flashBroken;

    SimulatedModule(Sensor sensor, TemplateLibrary library, long address, long password) {
        this.sensor = sensor;
        this.library = library;
        this.address = address;
        this.password = password;
    }

    void flashBroken(boolean broken) {
        flashBroken = broken;
    }

    /** Answers one command payload (instruction + parameters) with an acknowledgement payload. */
    synchronized byte[] handle(byte[] command) {
        Params p = new Params(command);
        if (command.length != expectedLength(p.instruction())) {
            return reply(PACKET_ERROR);
        }
        switch (p.instruction()) {
            case 0x01:
                return genImg();
            case 0x02:
                return img2Tz(p.u8(1));
            case 0x03:
                return match();
            case 0x04:
                return search(p.u8(1), p.u16(2), p.u16(4));
            case 0x05:
                return regModel();
            case 0x06:
                return store(p.u8(1), p.u16(2));
            case 0x07:
                return loadChar(p.u8(1), p.u16(2));
            case 0x0C:
                return deleteChar(p.u16(1), p.u16(3));
            case 0x0A:
                return upImage();
            case 0x0F:
                return readSysPara();
            case 0x13:
                return vfyPwd(((long) p.u16(1) << 16) | p.u16(3));
            case 0x1D:
                return reply(OK, library.count() >> 8, library.count());
            default:
                return reply(PACKET_ERROR);
        }
    }

    /** The payload length of each instruction the module knows; unknown ones get a packet error anyway. */
    private static int expectedLength(int instruction) {
        switch (instruction) {
            case 0x02:
                return 2;
            case 0x04:
                return 6;
            case 0x06:
            case 0x07:
                return 4;
            case 0x0C:
            case 0x13:
                return 5;
            default:
                return 1;
        }
    }

    private byte[] genImg() {
        image = sensor.current();
        captures++;
        if (image != null) {
            sensor.imageTaken();
        }
        return reply(image == null ? NO_FINGER : OK);
    }

    private byte[] upImage() {
        if (image == null) {
            return reply(UPLOAD_FAILED);
        }
        upload = SyntheticFingerprint.packed(image, captures);
        return reply(OK);
    }

    /** The image data the last UpImage promised, to follow its acknowledgement; null when there is none. */
    synchronized byte[] takeUpload() {
        byte[] data = upload;
        upload = null;
        return data;
    }

    private byte[] img2Tz(int buffer) {
        if (!validBuffer(buffer)) {
            return reply(PACKET_ERROR);
        }
        if (image == null) {
            return reply(NO_VALID_IMAGE);
        }
        if (Sensor.POOR.equals(image)) {
            return reply(TOO_MESSY);
        }
        buffers[buffer] = image;
        return reply(OK);
    }

    private byte[] match() {
        if (buffers[1] == null || !buffers[1].equals(buffers[2])) {
            return reply(NO_MATCH, 0, 0);
        }
        int score = score(buffers[1]);
        return reply(OK, score >> 8, score);
    }

    private byte[] search(int buffer, int start, int count) {
        if (!validBuffer(buffer) || buffers[buffer] == null) {
            return reply(PACKET_ERROR);
        }
        OptionalInt page = library.find(buffers[buffer], start, count);
        if (page.isEmpty()) {
            return reply(NOT_FOUND, 0, 0, 0, 0);
        }
        int score = score(buffers[buffer]);
        return reply(OK, page.getAsInt() >> 8, page.getAsInt(), score >> 8, score);
    }

    private byte[] regModel() {
        if (buffers[1] == null || !buffers[1].equals(buffers[2])) {
            return reply(COMBINE_FAILED);
        }
        return reply(OK);
    }

    private byte[] store(int buffer, int page) {
        if (!validBuffer(buffer) || buffers[buffer] == null) {
            return reply(PACKET_ERROR);
        }
        if (!library.holds(page)) {
            return reply(BAD_PAGE);
        }
        if (flashBroken) {
            return reply(FLASH_ERROR);
        }
        library.store(page, buffers[buffer]);
        return reply(OK);
    }

    private byte[] loadChar(int buffer, int page) {
        if (!validBuffer(buffer)) {
            return reply(PACKET_ERROR);
        }
        if (!library.holds(page)) {
            return reply(BAD_PAGE);
        }
        Optional<String> template = library.load(page);
        if (template.isEmpty()) {
            return reply(TEMPLATE_UNREADABLE);
        }
        buffers[buffer] = template.get();
        return reply(OK);
    }

    private byte[] deleteChar(int page, int count) {
        if (count == 0 || !library.holds(page) || !library.holds(page + count - 1)) {
            return reply(BAD_PAGE);
        }
        if (flashBroken) {
            return reply(DELETE_FAILED);
        }
        library.delete(page, count);
        return reply(OK);
    }

    private byte[] readSysPara() {
        int capacity = library.capacity();
        return reply(OK, 0, 0, 0, 0x09, capacity >> 8, capacity, 0, SECURITY_LEVEL,
                (int) (address >> 24), (int) (address >> 16), (int) (address >> 8), (int) address,
                0, PACKET_SIZE_128, 0, BAUD_57600);
    }

    private byte[] vfyPwd(long given) {
        return reply(given == password ? OK : WRONG_PASSWORD);
    }

    private static boolean validBuffer(int buffer) {
        return buffer == 1 || buffer == 2;
    }

    /** A stable score per finger, well above the module's usual match threshold of about 50. */
    private static int score(String identity) {
        return 100 + Math.floorMod(identity.hashCode(), 150);
    }

    private static byte[] reply(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** The instruction and its big-endian parameters. */
    private record Params(byte[] bytes) {
        int instruction() {
            return u8(0);
        }

        int u8(int offset) {
            return offset < bytes.length ? bytes[offset] & 0xFF : 0;
        }

        int u16(int offset) {
            return (u8(offset) << 8) | u8(offset + 1);
        }
    }
}
