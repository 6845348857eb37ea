package id.anjungan.village.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * OpenSID's two PIN hashes: the legacy md5 scheme {@code md5((int)strrev(pin)*77 . "!#@$#%")} for
 * 32-hex-character hashes, bcrypt otherwise. Legacy hashes are upgraded after a good login.
 */
@Component
public class PinHasher {

    private static final BigInteger SEVENTY_SEVEN = BigInteger.valueOf(77);

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

    public boolean matches(String pin, String storedHash) {
        if (pin == null || storedHash == null) {
            return false;
        }
        if (isLegacy(storedHash)) {
            String legacy = legacyHash(pin);
            return legacy != null && MessageDigest.isEqual(
                    legacy.getBytes(StandardCharsets.US_ASCII), storedHash.toLowerCase().getBytes(StandardCharsets.US_ASCII));
        }
        return bcrypt.matches(pin, storedHash);
    }

    public boolean isLegacy(String storedHash) {
        return storedHash.matches("[0-9a-fA-F]{32}");
    }

    public String bcrypt(String pin) {
        return bcrypt.encode(pin);
    }

    /** PHP's {@code (int)strrev($pin) * 77} on a digit string; null when the PIN is not digits. */
    static String legacyHash(String pin) {
        if (!pin.matches("\\d{1,18}")) {
            return null;
        }
        BigInteger reversed = new BigInteger(new StringBuilder(pin).reverse().toString());
        String material = reversed.multiply(SEVENTY_SEVEN) + "!#@$#%";
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(material.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
