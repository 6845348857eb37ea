package id.anjungan.core.storage;

import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's own 256-bit secret, in a file only the kiosk user can read. It salts every hash of a NIK (audit,
 * enrolment, outbox) and derives the keys that seal a NIK to a card or a ticket, so a copied database alone
 * reveals no NIK. Each use names its purpose, so one hash cannot be matched against another.
 */
public final class KioskSecret {

    private final byte[] key;

    private KioskSecret(byte[] key) {
        this.key = key;
    }

    /** Reads the secret, or creates it (mode 600) on first start. */
    public static KioskSecret loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new KioskCoreException(CoreError.STORAGE, file + " must hold 32 bytes, it holds " + key.length);
            }
            return new KioskSecret(key);
        } catch (IOException e) {
            throw new KioskCoreException(CoreError.STORAGE, "cannot read or create the kiosk secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.write(file, fresh);
    }

    /** A keyed hash of {@code value} for one purpose, as hex: the only form in which a NIK is ever stored. */
    public String hash(String purpose, String value) {
        return HexFormat.of().formatHex(mac(purpose, value));
    }

    /** A 256-bit key for one purpose and one bearer secret (a card UID, a claim code). */
    public byte[] derive(String purpose, String bearer) {
        return mac("key:" + purpose, bearer);
    }

    private byte[] mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
