package id.anjungan.device.rig;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;

/**
 * A contactless card in a vpcd reader, written from the vpcd protocol: each message is a 2-byte
 * big-endian length and a body; 1-byte bodies are control (00 off, 01 on, 02 reset, 04 ATR please),
 * longer ones are APDUs. It answers {@code FF CA 00 00 00} with its UID and {@code 90 00} (or with the
 * status it was given), anything else with {@code 6D 00}. Connecting inserts it, closing removes it.
 */
public final class VirtualCard implements AutoCloseable {

    private static final byte[] ATR = {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};
    private static final byte[] INS_NOT_SUPPORTED = {0x6D, 0x00};

    private final byte[] uidAnswer;
    private Socket socket;

    private VirtualCard(byte[] uidAnswer) {
        this.uidAnswer = uidAnswer;
    }

    /** A card whose reader answers GET UID with these bytes and 90 00. */
    public static VirtualCard withUid(byte... uid) {
        byte[] answer = Arrays.copyOf(uid, uid.length + 2);
        answer[uid.length] = (byte) 0x90;
        return new VirtualCard(answer);
    }

    /** A card that answers GET UID with only this status word, as a card without UID support does. */
    public static VirtualCard answeringStatus(int sw1, int sw2) {
        return new VirtualCard(new byte[] {(byte) sw1, (byte) sw2});
    }

    /** Puts the card on the reader listening at {@code port}. */
    public VirtualCard insertInto(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        Socket mine = socket;
        Thread thread = new Thread(() -> serve(mine), "virtual card");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Takes the card away. */
    public void remove() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    @Override
    public void close() throws IOException {
        remove();
    }

    private void serve(Socket link) {
        try (link) {
            DataInputStream in = new DataInputStream(link.getInputStream());
            DataOutputStream out = new DataOutputStream(link.getOutputStream());
            while (true) {
                byte[] body = new byte[in.readUnsignedShort()];
                in.readFully(body);
                byte[] answer = answer(body);
                if (answer != null) {
                    out.writeShort(answer.length);
                    out.write(answer);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // removed, or vpcd went away with pcscd: either way the card is off the reader
        }
    }

    private byte[] answer(byte[] body) {
        if (body.length == 1) {
            return body[0] == 0x04 ? ATR : null;
        }
        boolean getUid = body.length >= 4 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xCA && body[2] == 0 && body[3] == 0;
        return getUid ? uidAnswer : INS_NOT_SUPPORTED;
    }
}
