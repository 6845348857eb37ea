package id.anjungan.device.fingerprint.host;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fingerprint templates on the kiosk's disk, one file per page, each sealed with AES-256-GCM under
 * a key kept in a separate file readable by the kiosk user only. The page number is authenticated
 * with the template, so a file copied onto another page does not open. Template bytes are never
 * logged; errors name pages and files only.
 */
public final class EncryptedTemplateStore {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String SUFFIX = ".tpl";

    private final Path dir;
    private final SecretKeySpec key;
    private final int capacity;
    private final SecureRandom random = new SecureRandom();

    private EncryptedTemplateStore(Path dir, SecretKeySpec key, int capacity) {
        this.dir = dir;
        this.key = key;
        this.capacity = capacity;
    }

    /**
     * Opens the store in {@code dir} (created if missing) with the key in {@code keyFile}.
     *
     * @throws DeviceException {@link DeviceError#FINGERPRINT_TEMPLATE_STORE} when the key is missing or malformed,
     *                         or the folder cannot be created
     */
    public static EncryptedTemplateStore open(Path dir, Path keyFile, int capacity) {
        if (capacity < 1 || capacity > 0xFFFF) {
            throw new IllegalArgumentException("capacity must be 1 to 65535, was " + capacity);
        }
        byte[] key;
        try {
            key = Files.readAllBytes(keyFile);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE, "cannot use key " + keyFile + " or folder " + dir, e);
        }
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE,
                    "key file " + keyFile + " must hold " + KEY_BYTES + " bytes, holds " + key.length);
        }
        EncryptedTemplateStore store = new EncryptedTemplateStore(dir, new SecretKeySpec(key, "AES"), capacity);
        Arrays.fill(key, (byte) 0);
        return store;
    }

    /** Writes a new random key, readable by its owner only; refuses to overwrite one (that would lose every template). */
    public static void createKey(Path keyFile) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(keyFile, key);
        } catch (FileAlreadyExistsException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE, "key file " + keyFile + " exists already", e);
        } catch (IOException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE, "cannot write key file " + keyFile, e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public int capacity() {
        return capacity;
    }

    /** Seals {@code template} into {@code page}, replacing what was there. */
    public void store(int page, byte[] template) {
        Path file = file(page);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, page);
            byte[] sealed = cipher.doFinal(template);
            Path temp = Files.createTempFile(dir, "page", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
            // a power cut leaves the old template or the new one, never half of one
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE, "cannot store page " + page + " in " + dir, e);
        }
    }

    /**
     * Opens the template of {@code page}, or empty when the page is free.
     *
     * @throws DeviceException {@link DeviceError#FINGERPRINT_TEMPLATE_UNREADABLE} when the file does not open
     *                         with this key for this page (tampered, copied, or another kiosk's key)
     */
    public Optional<byte[]> load(int page) {
        Path file = file(page);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] sealed = Files.readAllBytes(file);
            if (sealed.length <= IV_BYTES) {
                throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE, "page " + page + " file is truncated");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES), page);
            return Optional.of(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE, "page " + page + " does not open with this key", e);
        } catch (IOException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE, "cannot read page " + page + " from " + dir, e);
        }
    }

    /** Deletes the template of {@code page}; a free page stays free. */
    public void delete(int page) {
        try {
            Files.deleteIfExists(file(page));
        } catch (IOException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_DELETE_FAILED, "cannot delete page " + page + " from " + dir, e);
        }
    }

    /** The pages holding a template, lowest first. */
    public List<Integer> pages() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("page-\\d{5}\\" + SUFFIX))
                    .map(name -> Integer.parseInt(name.substring(5, 10)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DeviceException(DeviceError.FINGERPRINT_TEMPLATE_STORE, "cannot list " + dir, e);
        }
    }

    private Path file(int page) {
        if (page < 0 || page >= capacity) {
            throw new DeviceException(DeviceError.FINGERPRINT_BAD_PAGE, "page " + page + " is outside the store of " + capacity);
        }
        return dir.resolve(String.format("page-%05d%s", page, SUFFIX));
    }

    private Cipher cipher(int mode, byte[] iv, int page) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("anjungan-fingerprint-page:" + page).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
