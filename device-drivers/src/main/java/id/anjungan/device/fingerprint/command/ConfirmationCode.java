package id.anjungan.device.fingerprint.command;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;

/** The module's confirmation codes and the error each one means. */
public final class ConfirmationCode {

    public static final int OK = 0x00;
    public static final int PACKET_ERROR = 0x01;
    public static final int NO_FINGER = 0x02;
    public static final int CAPTURE_FAILED = 0x03;
    public static final int TOO_MESSY = 0x06;
    public static final int TOO_FEW_FEATURES = 0x07;
    public static final int NO_MATCH = 0x08;
    public static final int NOT_FOUND = 0x09;
    public static final int COMBINE_FAILED = 0x0A;
    public static final int BAD_PAGE = 0x0B;
    public static final int TEMPLATE_UNREADABLE = 0x0C;
    public static final int DELETE_FAILED = 0x10;
    public static final int WRONG_PASSWORD = 0x13;
    public static final int NO_VALID_IMAGE = 0x15;
    public static final int FLASH_ERROR = 0x18;

    private ConfirmationCode() {
    }

    /** The error a non-OK confirmation code stands for. */
    public static DeviceError error(int code) {
        switch (code) {
            case PACKET_ERROR:
                return DeviceError.FINGERPRINT_PACKET_ERROR;
            case NO_FINGER:
                return DeviceError.FINGERPRINT_NO_FINGER;
            case CAPTURE_FAILED:
            case NO_VALID_IMAGE:
                return DeviceError.FINGERPRINT_CAPTURE_FAILED;
            case TOO_MESSY:
            case TOO_FEW_FEATURES:
                return DeviceError.FINGERPRINT_POOR_IMAGE;
            case NO_MATCH:
                return DeviceError.FINGERPRINT_NO_MATCH;
            case NOT_FOUND:
                return DeviceError.FINGERPRINT_NOT_FOUND;
            case COMBINE_FAILED:
                return DeviceError.FINGERPRINT_COMBINE_FAILED;
            case BAD_PAGE:
                return DeviceError.FINGERPRINT_BAD_PAGE;
            case TEMPLATE_UNREADABLE:
                return DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE;
            case DELETE_FAILED:
                return DeviceError.FINGERPRINT_DELETE_FAILED;
            case WRONG_PASSWORD:
                return DeviceError.FINGERPRINT_WRONG_PASSWORD;
            case FLASH_ERROR:
                return DeviceError.FINGERPRINT_FLASH_ERROR;
            default:
                return DeviceError.FINGERPRINT_MODULE_ERROR;
        }
    }

    /** The exception to throw for a non-OK code answering {@code instruction}. */
    public static DeviceException failure(String instruction, int code) {
        return new DeviceException(error(code), String.format("%s answered confirmation code %02X", instruction, code));
    }
}
