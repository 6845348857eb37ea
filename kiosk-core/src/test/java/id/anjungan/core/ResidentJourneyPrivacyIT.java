package id.anjungan.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.backend.letter.RequirementChoice;
import id.anjungan.core.harness.DemoVillage;
import id.anjungan.core.harness.TokenSpyProxy;
import id.anjungan.core.session.HomeChoice;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.core.session.TicketView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A resident's whole visit through {@link KioskCore}'s real Spring wiring, against demo-village over real HTTP and
 * the {@code sim} receipt printer (the real ESC/POS driver over loopback TCP): NIK, PIN, a letter request, the
 * ticket, my requests, finish and wipe. The kiosk logs at DEBUG into a file; afterwards no log line, no table of
 * any SQLite file and no byte of any file the kiosk wrote holds the NIK, the PIN or a bearer token it used.
 */
class ResidentJourneyPrivacyIT {

    private static final String NIK = "3301051203800001";
    private static final String PIN = "123456";

    @TempDir
    Path dir;

    @Test
    void aWholeVisitLeavesNoNikPinOrTokenInAnyLogTableOrFile() throws Exception {
        Path data = dir.resolve("data");
        Path logs = dir.resolve("logs");
        List<String> tokens;
        try (DemoVillage village = DemoVillage.start(Files.createDirectories(dir.resolve("village")));
             TokenSpyProxy spy = TokenSpyProxy.to(village.baseUrl())) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("anjungan.backend.url", spy.baseUrl() + "api/v1");
            properties.put("anjungan.backend.allow-plain-http", "true");
            properties.put("anjungan.storage.data-dir", data.toString());
            properties.put("logging.file.name", logs.resolve("kiosk.log").toString());
            properties.put("logging.level.id.anjungan", "DEBUG");
            try (ConfigurableApplicationContext kiosk = KioskCore.start(properties, false)) {
                visit(kiosk.getBean(SessionMachine.class));
            }
            tokens = List.copyOf(spy.tokens());
        }

        assertThat(tokens).as("the kiosk sent a bearer token").isNotEmpty();
        assertThat(tokens).allSatisfy(token -> assertThat(token).startsWith("eyJ").hasSizeGreaterThan(20));
        String log = Files.readString(logs.resolve("kiosk.log"), StandardCharsets.UTF_8);
        // the file holds the kiosk's DEBUG lines (logger names abbreviated, i.a. = id.anjungan) and the NIK only masked
        assertThat(log).as("the kiosk's log file").contains("DEBUG").contains("i.a.backend.transport.HttpTransport")
                .contains("POST /api/v1/auth/login").contains("3301********0001");
        assertThat(Files.list(data.resolve("receipts"))).as("the ticket was printed").isNotEmpty();

        List<String> secrets = new ArrayList<>(List.of(NIK, PIN));
        secrets.addAll(tokens);
        // the scan does find a NIK where one is kept: the village's own database holds its residents
        assertThat(everyRowOfEverySqliteFile(dir.resolve("village"))).contains(NIK);
        String everyRow = everyRowOfEverySqliteFile(data);
        assertThat(everyRow).contains("print_job", "audit_event");
        for (String secret : secrets) {
            assertThat(everyRow).as("a table holds a secret").doesNotContain(secret);
            for (Path file : filesUnder(dir.resolve("data"), logs)) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(secret);
            }
        }
    }

    private static void visit(SessionMachine machine) {
        machine.fire(new SessionEvent.NikTyped(NIK));
        machine.fire(new SessionEvent.PinEntered(PIN));
        assertThat(machine.state()).isEqualTo(SessionState.HOME);
        assertThat(machine.view().residentName()).isEqualTo("BUDI SANTOSO");
        assertThat(machine.view().maskedNik()).isEqualTo("3301********0001");

        machine.fire(new SessionEvent.MenuChosen(HomeChoice.LETTER));
        LetterType usaha = machine.view().letterTypes().stream()
                .filter(type -> type.slug().equals("surat-keterangan-usaha")).findFirst().orElseThrow();
        machine.fire(new SessionEvent.LetterChosen(usaha.id()));
        LetterType chosen = machine.view().chosenLetter();
        machine.fire(new SessionEvent.FormSubmitted(answers(chosen), bringEverything(chosen)));
        assertThat(machine.state()).as(String.valueOf(machine.view().fieldErrors())).isEqualTo(SessionState.CONFIRM);
        machine.fire(new SessionEvent.Confirmed());

        assertThat(machine.state()).isEqualTo(SessionState.TICKET);
        TicketView ticket = machine.view().ticket();
        assertThat(ticket.sentToVillage()).isTrue();
        assertThat(ticket.printed()).as(String.valueOf(ticket.printProblem())).isTrue();

        machine.fire(new SessionEvent.Back());
        machine.fire(new SessionEvent.MenuChosen(HomeChoice.MY_REQUESTS));
        SessionView mine = machine.view();
        assertThat(mine.state()).isEqualTo(SessionState.MY_REQUESTS);
        assertThat(mine.requests()).extracting(LetterRequest::status).contains(RequestStatus.SEDANG_DIPERIKSA);

        machine.fire(new SessionEvent.Finish());
        assertThat(machine.state()).isEqualTo(SessionState.SURVEY);
        machine.fire(new SessionEvent.SurveyAnswered(1));
        assertThat(machine.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(machine.view().maskedNik()).isNull();
        assertThat(machine.view().requests()).isEmpty();
    }

    private static String everyRowOfEverySqliteFile(Path root) throws IOException, SQLException {
        StringBuilder rows = new StringBuilder();
        for (Path file : filesUnder(root)) {
            if (!file.getFileName().toString().endsWith(".db")) {
                continue;
            }
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet names = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                    while (names.next()) {
                        tables.add(names.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet row = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                        while (row.next()) {
                            rows.append(file.getFileName()).append(' ').append(table).append(':');
                            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                                byte[] bytes = row.getBytes(column);
                                rows.append(" | ").append(bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1));
                            }
                            rows.append('\n');
                        }
                    }
                }
            }
        }
        return rows.toString();
    }

    private static List<Path> filesUnder(Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    /** A plausible answer for every field, as a resident would type or pick it. */
    private static Map<String, String> answers(LetterType type) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : type.letterForm().orElseThrow().fields()) {
            switch (field.type()) {
                case SELECT -> answers.put(field.name(), field.options().isEmpty() ? "" : field.options().get(0).value());
                case NUMBER -> answers.put(field.name(), field.name().equals("no_hp_aktif") ? "081227100001" : "5");
                case DATE -> answers.put(field.name(), "2020-01-15");
                default -> answers.put(field.name(), "Isian " + field.label());
            }
        }
        return answers;
    }

    private static Map<String, String> bringEverything(LetterType type) {
        Map<String, String> requirements = new LinkedHashMap<>();
        type.letterForm().orElseThrow().requirements()
                .forEach(requirement -> requirements.put(requirement.id(), RequirementChoice.BRING_PAPER_VALUE));
        return requirements;
    }
}
