package id.anjungan.device.fingerprint.command;

/** Takes an image from the sensor into the image buffer; "no finger" is an answer, not an error. */
public final class GenImgCommand implements R30xCommand<Boolean> {

    @Override
    public byte[] payload() {
        return Bytes.of(0x01);
    }

    /** Whether a finger was there and its image taken. */
    @Override
    public Boolean parse(Acknowledgement ack) {
        if (ack.code() == ConfirmationCode.NO_FINGER) {
            return false;
        }
        ack.requireOk(name());
        return true;
    }
}
