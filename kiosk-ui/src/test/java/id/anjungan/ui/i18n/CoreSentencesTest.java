package id.anjungan.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.core.session.Said;
import id.anjungan.core.session.Sentences;
import id.anjungan.device.api.DeviceError;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * kiosk-core says what to say ({@link Said}); these bundles word it. Every sentence kiosk-core can produce must be
 * in both bundles, and the Indonesian bundle must say exactly what kiosk-core's Indonesian text says.
 */
class CoreSentencesTest {

    /** The factories of {@link Sentences} this test exercises; a new one fails {@link #everyFactoryIsCheckedHere}. */
    private static final Set<String> FACTORIES = Set.of("wrongPin", "fingerAgain", "localLockout", "outboxReport", "backend",
            "device");

    private final Texts indonesian = new Texts();
    private final Texts english = english();

    @Test
    void everyFixedSentenceIsWordedInIndonesianAsKioskCoreSaysIt() throws IllegalAccessException {
        for (Said said : fixedSentences()) {
            assertThat(worded(indonesian, said)).as(said.key()).isEqualTo(said.indonesian());
        }
    }

    @Test
    void everyFixedSentenceHasAnEnglishTranslation() throws IllegalAccessException {
        for (Said said : fixedSentences()) {
            assertThat(worded(english, said)).as(said.key()).isNotBlank().isNotEqualTo(said.indonesian());
        }
    }

    @Test
    void everyDeviceErrorIsInBothBundles() {
        for (DeviceError error : DeviceError.values()) {
            Said said = Sentences.device(error);
            assertThat(worded(indonesian, said)).as(said.key()).isEqualTo(error.sentence());
            assertThat(worded(english, said)).as(said.key()).isNotBlank().isNotEqualTo(error.sentence());
        }
    }

    @Test
    void everyBackendErrorIsInBothBundles() {
        for (BackendError error : BackendError.values()) {
            Said said = Sentences.backend(new BackendException(error, "test"));
            assertThat(worded(indonesian, said)).as(said.key()).isNotBlank();
            assertThat(worded(english, said)).as(said.key()).isNotBlank();
        }
    }

    @Test
    void theServersLockoutWithItsWaitSaysTheMinutes() {
        Said said = Sentences.backend(BackendException.lockedOut("test", Duration.ofMinutes(59)));

        assertThat(worded(indonesian, said)).isEqualTo(said.indonesian()).contains("59 menit");
        assertThat(worded(english, said)).contains("59 minutes");
    }

    @Test
    void theLocalLockoutSaysTheMinutesAndOneMinuteInTheSingular() {
        Said said = Sentences.localLockout(Duration.ofSeconds(30));

        assertThat(worded(indonesian, said)).isEqualTo(said.indonesian()).contains("1 menit");
        assertThat(worded(english, said)).contains("in 1 minute,");
        assertThat(worded(english, Sentences.localLockout(Duration.ofMinutes(5)))).contains("in 5 minutes,");
    }

    @Test
    void theTriesLeftAreFilledInAfterAWrongPinOrFinger() {
        for (Said said : List.of(Sentences.wrongPin(2), Sentences.fingerAgain(2))) {
            assertThat(worded(indonesian, said)).as(said.key()).isEqualTo(said.indonesian()).endsWith("Sisa percobaan: 2.");
            assertThat(worded(english, said)).as(said.key()).endsWith("Tries left: 2.");
        }
    }

    @Test
    void theOutboxReportIsWordedAsKioskCoreSaysItForEveryMixOfCounts() {
        for (int sent = 0; sent <= 2; sent++) {
            for (int rejected = 0; rejected <= 2; rejected++) {
                for (int waiting = 0; waiting <= 2; waiting++) {
                    Said said = Sentences.outboxReport(sent, rejected, waiting);
                    assertThat(worded(indonesian, said)).as(said.args().toString()).isEqualTo(said.indonesian());
                }
            }
        }
    }

    @Test
    void theEnglishOutboxReportLeavesOutZeroCountsAndSpacesItsParts() {
        assertThat(worded(english, Sentences.outboxReport(0, 1, 0)))
                .isEqualTo("Stored requests refused by the village server: 1; please request again or ask staff.");
        assertThat(worded(english, Sentences.outboxReport(2, 0, 3))).isEqualTo("Stored requests sent to the village office: 2."
                + " Requests still stored, to be sent when the village service can be reached: 3.");
        assertThat(worded(english, Sentences.outboxReport(1, 1, 1))).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Test
    void theLocalFormChecksAreInBothBundles() {
        assertThat(indonesian.get("letter.required")).isEqualTo("Wajib diisi.");
        assertThat(indonesian.get("letter.chooseRequirement")).isEqualTo("Pilih salah satu.");
        assertThat(english.has("letter.required")).isTrue();
        assertThat(english.has("letter.chooseRequirement")).isTrue();
    }

    @Test
    void everyFactoryIsCheckedHere() {
        Set<String> factories = Arrays.stream(Sentences.class.getMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()) && method.getReturnType() == Said.class)
                .map(Method::getName).collect(Collectors.toSet());

        assertThat(factories).isEqualTo(FACTORIES);
    }

    private static String worded(Texts texts, Said said) {
        return texts.get(said.key(), said.args().toArray());
    }

    private static List<Said> fixedSentences() throws IllegalAccessException {
        List<Said> sentences = new ArrayList<>();
        for (Field field : Sentences.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Said.class) {
                sentences.add((Said) field.get(null));
            }
        }
        assertThat(sentences).isNotEmpty();
        return sentences;
    }

    private static Texts english() {
        Texts texts = new Texts();
        texts.toggle();
        return texts;
    }
}
