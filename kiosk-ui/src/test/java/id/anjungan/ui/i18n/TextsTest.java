package id.anjungan.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.MissingResourceException;
import java.util.Properties;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyIndonesianTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
        assertThat(load("messages_id.properties").stringPropertyNames())
                .isEqualTo(load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void indonesianIsTheDefault() {
        assertThat(new Texts().get("callStaff")).isEqualTo("Panggil petugas");
    }

    @Test
    void aBoundTextFollowsTheLanguageSwitch() {
        Texts texts = new Texts();
        StringBinding bound = texts.bind("callStaff");
        texts.toggle();
        assertThat(bound.get()).isEqualTo("Call staff");
    }

    @Test
    void aTextReadEagerlyDuringTheSwitchIsAlreadyInTheNewLanguage() {
        Texts texts = new Texts();
        StringProperty shown = new SimpleStringProperty();
        shown.bind(texts.bind("callStaff"));
        // a change listener makes the property re-read the binding while the locale is still notifying
        shown.addListener((obs, old, now) -> { });
        texts.toggle();
        assertThat(shown.get()).isEqualTo("Call staff");
    }

    @Test
    void resetBringsIndonesianBack() {
        Texts texts = new Texts();
        texts.toggle();
        texts.reset();
        assertThat(texts.get("home.keluar")).isEqualTo("Keluar");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(new Texts().get("verify.short", 4)).isEqualTo("PIN terdiri dari paling sedikit 4 angka.");
    }

    @Test
    void aLiteralServerMessageIsShownAsItCame() {
        assertThat(new Texts().format(Message.literal("keperluan wajib diisi."))).isEqualTo("keperluan wajib diisi.");
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThatThrownBy(() -> new Texts().get("no.such.key")).isInstanceOf(MissingResourceException.class);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/id/anjungan/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
