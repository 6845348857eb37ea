package id.anjungan.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.Nik;
import id.anjungan.core.session.SessionEvent.CardLinkAccepted;
import id.anjungan.core.session.SessionEvent.CardTapped;
import id.anjungan.core.session.SessionEvent.Confirmed;
import id.anjungan.core.session.SessionEvent.Finish;
import id.anjungan.core.session.SessionEvent.FormSubmitted;
import id.anjungan.core.session.SessionEvent.LetterChosen;
import id.anjungan.core.session.SessionEvent.MenuChosen;
import id.anjungan.core.session.SessionEvent.NikTyped;
import id.anjungan.core.session.SessionEvent.PinEntered;
import id.anjungan.core.session.SessionEvent.SurveyAnswered;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After sessions that touch every table, no table and no database file holds a NIK, a PIN or a token. */
class NoPersonalDataStoredTest {

    @TempDir
    Path dir;

    @Test
    void everyTableAndTheDatabaseFilesAreFreeOfNikPinAndToken() throws Exception {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fingerprints.enrol(Nik.of(FakeVillageBackend.SUPARMAN), 3, "sidik-v1");
        kiosk.fire(new CardTapped(FakeVillageBackend.CARD), new NikTyped(FakeVillageBackend.BUDI),
                new PinEntered(FakeVillageBackend.BUDI_PIN), new CardLinkAccepted(), new LetterChosen("7"),
                new FormSubmitted(Map.of("keperluan", "Modal usaha"), Map.of("1", "-1")), new Confirmed());
        kiosk.backend.failSubmit = BackendError.UNAVAILABLE;
        kiosk.fire(new SessionEvent.Back(), new LetterChosen("7"),
                new FormSubmitted(Map.of("keperluan", "Modal usaha"), Map.of("1", "-1")), new Confirmed(),
                new MenuChosen(HomeChoice.FINISH), new SurveyAnswered(1));
        kiosk.fire(new NikTyped(FakeVillageBackend.BUDI), new PinEntered("000000"), new Finish());

        List<String> secrets = List.of(FakeVillageBackend.BUDI, FakeVillageBackend.SUPARMAN, FakeVillageBackend.BUDI_PIN,
                "token-1", FakeVillageBackend.CARD);
        String everyRow = String.join("\n", kiosk.database.sql().query(
                "SELECT name FROM sqlite_master WHERE type = 'table'", row -> row.getString(1)).stream()
                .flatMap(table -> kiosk.database.sql().query("SELECT * FROM " + table, row -> {
                    List<String> cells = new ArrayList<>();
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        byte[] bytes = row.getBytes(column);
                        cells.add(bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1));
                    }
                    return table + ": " + String.join(" | ", cells);
                }).stream()).toList());
        assertThat(everyRow).contains("audit_event", "outbox", "card_link", "fingerprint_enrolment", "print_job");
        for (String secret : secrets) {
            assertThat(everyRow).doesNotContain(secret);
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                            .doesNotContain(secret);
                }
            }
        }
    }
}
