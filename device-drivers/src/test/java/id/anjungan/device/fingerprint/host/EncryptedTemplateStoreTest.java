package id.anjungan.device.fingerprint.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates sealed on disk: what opens, what does not, and what the files reveal. */
class EncryptedTemplateStoreTest {

    private static final byte[] TEMPLATE = "pretend-template-bytes-of-budi".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private Path key;
    private EncryptedTemplateStore store;

    @BeforeEach
    void create() {
        key = dir.resolve("fingerprint.key");
        EncryptedTemplateStore.createKey(key);
        store = EncryptedTemplateStore.open(dir.resolve("templates"), key, 100);
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void storedTemplateOpensAgain() {
        store.store(7, TEMPLATE);

        assertThat(store.load(7)).hasValue(TEMPLATE);
    }

    @Test
    void fileDoesNotHoldTheTemplateInTheClear() throws IOException {
        store.store(7, TEMPLATE);

        String onDisk = new String(Files.readAllBytes(dir.resolve("templates/page-00007.tpl")), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("budi").doesNotContain("template");
    }

    @Test
    void filesAndKeyAreReadableByTheirOwnerOnly() throws IOException {
        store.store(7, TEMPLATE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("templates/page-00007.tpl"))))
                .isEqualTo("rw-------");
    }

    @Test
    void freePageIsEmpty() {
        assertThat(store.load(3)).isEmpty();
    }

    @Test
    void anotherKioskKeyCannotOpenTheTemplate() {
        store.store(7, TEMPLATE);
        Path otherKey = dir.resolve("other.key");
        EncryptedTemplateStore.createKey(otherKey);
        EncryptedTemplateStore other = EncryptedTemplateStore.open(dir.resolve("templates"), otherKey, 100);

        assertThatThrownBy(() -> other.load(7))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE));
    }

    @Test
    void templateCopiedToAnotherPageDoesNotOpen() throws IOException {
        store.store(7, TEMPLATE);
        Files.copy(dir.resolve("templates/page-00007.tpl"), dir.resolve("templates/page-00008.tpl"));

        assertThatThrownBy(() -> store.load(8))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE));
    }

    @Test
    void tamperedTemplateDoesNotOpen() throws IOException {
        store.store(7, TEMPLATE);
        Path file = dir.resolve("templates/page-00007.tpl");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> store.load(7))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_UNREADABLE));
    }

    @Test
    void deletedPageIsFree() {
        store.store(7, TEMPLATE);
        store.store(9, TEMPLATE);

        store.delete(7);

        assertThat(store.pages()).containsExactly(9);
    }

    @Test
    void pagesAreListedLowestFirst() {
        store.store(42, TEMPLATE);
        store.store(3, TEMPLATE);

        assertThat(store.pages()).containsExactly(3, 42);
    }

    @Test
    void pageOutsideTheStoreIsABadPage() {
        assertThatThrownBy(() -> store.store(100, TEMPLATE))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_BAD_PAGE));
    }

    @Test
    void existingKeyIsNeverOverwritten() {
        assertThatThrownBy(() -> EncryptedTemplateStore.createKey(key))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_STORE));
    }

    @Test
    void missingKeyMakesTheStoreUnusable() {
        assertThatThrownBy(() -> EncryptedTemplateStore.open(dir.resolve("t"), dir.resolve("none.key"), 10))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_STORE));
    }

    @Test
    void keyOfTheWrongLengthIsRefused() throws IOException {
        Path shortKey = Files.write(dir.resolve("short.key"), new byte[16]);

        assertThatThrownBy(() -> EncryptedTemplateStore.open(dir.resolve("t"), shortKey, 10))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.FINGERPRINT_TEMPLATE_STORE);
                    assertThat(e.getMessage()).contains("32 bytes");
                });
    }
}
