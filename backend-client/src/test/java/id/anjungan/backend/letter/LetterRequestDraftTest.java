package id.anjungan.backend.letter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterRequestDraftTest {

    @Test
    void anAnswerNamedLikeAFieldTheClientSendsItselfIsRefused() {
        assertThatThrownBy(() -> new LetterRequestDraft("192", "surat-keterangan-usaha", Map.of("syarat", "x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("syarat");
    }
}
