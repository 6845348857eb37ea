package id.anjungan.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.ui.app.KioskApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole resident journey on the real application, headless: demo-village in-process over real HTTP, the letter
 * printed through a real cupsd to a CUPS-PDF queue. Login, a letter request, the ticket (its QR decodes), the
 * operator signs on demo-village, Ambil Surat, the printed letter's text, the survey, the wipe.
 */
class KioskJourneyIT {

    private static final Duration SLOW = Duration.ofSeconds(120);

    private static KioskCupsRig rig;
    private static KioskApplication app;
    private static Stage stage;
    private static Screenshots shots;
    private static Path dataDir;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startKiosk() throws Exception {
        rig = KioskCupsRig.start();
        // a kiosk of its own: no card linked, no queue numbers, no claim codes from an earlier run
        dataDir = Files.createTempDirectory("anjungan-journey");
        System.setProperty("anjungan.storage.data-dir", dataDir.toString());
        // the A4 printer as a site file would name it: kiosk-core's cups provider on the rig's CUPS-PDF queue
        System.setProperty("anjungan.devices.document-printer.type", "cups");
        System.setProperty("anjungan.devices.document-printer.queue", KioskCupsRig.QUEUE);
        stage = FxToolkit.registerPrimaryStage();
        // the kiosk shows its stage itself, fullscreen, as at a village hall
        FxToolkit.setupStage(Stage::hide);
        app = (KioskApplication) FxToolkit.setupApplication(KioskApplication::new);
        shots = new Screenshots(Path.of(System.getProperty("anjungan.screenshots", "target/screenshots")));
    }

    @AfterAll
    static void stopKiosk() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (rig != null) {
            rig.close();
        }
        System.clearProperty("anjungan.devices.document-printer.type");
        System.clearProperty("anjungan.devices.document-printer.queue");
        System.clearProperty("anjungan.storage.data-dir");
    }

    @Test
    void aResidentRequestsALetterCollectsItSignedAndLeavesNothingBehind() throws Exception {
        waitFor(SLOW, () -> text("#attract", ".village").contains("Sukamaju"));
        shots.take(stage.getScene(), "attract");

        // Budi's e-KTP, typed by the demo panel as a keyboard-wedge reader types it: not linked at this kiosk yet
        click("#demo-tapCard");
        waitFor(SLOW, () -> showing("#screen-identify") && !text("#screen-identify", ".error").isEmpty());
        assertThat(text("#screen-identify", ".error")).contains("belum terhubung");
        typeDigits("3301051203800001");
        shots.take(stage.getScene(), "identify");
        click("#key-ok");
        typeDigits("123456");
        shots.take(stage.getScene(), "verify");
        click("#key-ok");
        waitFor(SLOW, () -> showing("#screen-home"));
        assertThat(text("#screen-home", ".title")).containsIgnoringCase("Budi Santoso");
        shots.take(stage.getScene(), "home");
        // the tapped card is Budi's by the village's record: the kiosk offers to link it
        click("#home-linkCard");
        waitFor(SLOW, () -> text("#screen-home", ".notice").contains("terhubung"));

        click("#home-buatSurat");
        waitFor(SLOW, () -> showing("#screen-letter-list") && buttonWithText("Keterangan Domisili") != null);
        shots.take(stage.getScene(), "letters");
        robot.clickOn(buttonWithText("Keterangan Domisili"));
        waitFor(SLOW, () -> showing("#screen-letter-form"));
        fillForm();
        shots.take(stage.getScene(), "letter-form");
        click("#form-review");
        waitFor(SLOW, () -> showing("#screen-confirm"));
        shots.take(stage.getScene(), "confirm");
        click("#confirm-send");
        waitFor(SLOW, () -> showing("#screen-ticket") && !text("#screen-ticket", "#ticket-number").isEmpty());
        shots.take(stage.getScene(), "ticket");

        String claim = decodeQr(visible(ImageView.class, "#screen-ticket", ".image-view").getImage());
        // the ticket's QR is the kiosk's claim code: it leads back to the request at this kiosk, and carries no NIK
        assertThat(claim).matches("ADM1-[0-9A-Z]{12}");
        Path receipt = newest(demoData().resolve("receipts"), ".png").orElseThrow(() -> new AssertionError("no ticket printed"));
        assertThat(decodeQr(ImageIO.read(receipt.toFile()))).as("the printed ticket's QR").isEqualTo(claim);
        sign(newestRequestOf("BUDI SANTOSO"));

        click("#ticket-done");
        waitFor(SLOW, () -> showing("#screen-home"));
        click("#home-ambilSurat");
        waitFor(SLOW, () -> showing("#screen-collect") && lookupVisible("#collect-print") != null);
        shots.take(stage.getScene(), "collect");
        click("#collect-print");
        waitFor(Duration.ofMinutes(4), () -> showing("#screen-printing") && !text("#screen-printing", ".notice").isEmpty());
        assertThat(visible(ImageView.class, "#screen-printing", "#pdf-preview").getImage()).as("page 1 of the letter").isNotNull();
        shots.take(stage.getScene(), "printed");
        Path printed = rig.newestPdf().orElseThrow(() -> new AssertionError("CUPS-PDF wrote no letter"));
        String letterText = KioskCupsRig.run("/usr/bin/pdftotext", "-layout", printed.toString(), "-");
        assertThat(letterText.toUpperCase()).contains("BUDI SANTOSO").contains("DOMISILI");

        click("#ticket-done");
        waitFor(SLOW, () -> showing("#screen-collect"));
        click("#back");
        waitFor(SLOW, () -> showing("#screen-home"));
        click("#home-keluar");
        waitFor(SLOW, () -> showing("#screen-survey"));
        shots.take(stage.getScene(), "survey");
        click("#survey-4");
        click("#ok");
        waitFor(SLOW, () -> showing("#attract"));
        click("#attract");
        assertThat(text("#screen-identify", "#nik-display")).isEmpty();
        click("#back");
        waitFor(SLOW, () -> showing("#attract"));

        // the linked card now leads straight to the PIN
        click("#demo-tapCard");
        waitFor(SLOW, () -> showing("#screen-verify"));
        assertThat(text("#screen-verify", "#masked-nik")).isEqualTo("3301********0001");
        click("#back");
        waitFor(SLOW, () -> showing("#attract"));
    }

    private void fillForm() {
        for (Node node : robot.lookup(".text-input").queryAll()) {
            if (!(node instanceof TextInputControl input) || !treeVisible(node) || !input.getText().isEmpty()) {
                continue;
            }
            // focus as a tap would, without hunting for the field under the keyboard
            robot.interact(node::requestFocus);
            String answer = node instanceof TextArea ? "UMUM" : node instanceof TextField ? "12" : "";
            for (char c : answer.toCharArray()) {
                click("#kb-" + c);
            }
            click("#kb-done");
        }
    }

    private Path demoData() {
        return dataDir;
    }

    /** The newest request of a resident, as the operator sees the list on demo-village. */
    private String newestRequestOf(String residentName) throws Exception {
        URI base = app.demoVillageUrl().orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/operator/api/permohonan")).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        long newest = -1;
        for (JsonNode item : new ObjectMapper().readTree(response.body()).path("data")) {
            JsonNode row = item.has("attributes") ? item.path("attributes") : item;
            if (residentName.equals(row.path("nama_penduduk").asText())) {
                newest = Math.max(newest, row.path("id").asLong());
            }
        }
        assertThat(newest).as("a request of " + residentName + " on demo-village").isPositive();
        return String.valueOf(newest);
    }

    private void sign(String requestId) throws Exception {
        URI base = app.demoVillageUrl().orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/operator/api/permohonan/" + requestId + "/status"))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("{\"status\":3}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static Optional<Path> newest(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .max(Comparator.comparingLong(file -> file.toFile().lastModified()));
        }
    }

    private static String decodeQr(Image image) throws NotFoundException {
        BufferedImage pixels = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                pixels.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        return decodeQr(pixels);
    }

    private static String decodeQr(BufferedImage pixels) throws NotFoundException {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(pixels))))
                .getText();
    }

    private void typeDigits(String digits) {
        for (char digit : digits.toCharArray()) {
            click("#key-" + digit);
        }
    }

    private void click(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = lookupVisible(query);
        assertThat(node).as("a visible " + query).isNotNull();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node lookupVisible(String query) {
        return robot.lookup(query).match(KioskJourneyIT::treeVisible).query();
    }

    private <T extends Node> T visible(Class<T> type, String screen, String query) {
        return robot.from(robot.lookup(screen).queryAs(Parent.class)).lookup(query).match(KioskJourneyIT::treeVisible).tryQuery()
                .map(type::cast).orElse(null);
    }

    private String text(String screen, String query) {
        Labeled label = visible(Labeled.class, screen, query);
        return label == null ? "" : label.getText();
    }

    private Button buttonWithText(String text) {
        return robot.lookup(".tile").match(node -> node instanceof Button b && text.equals(b.getText()) && treeVisible(node))
                .queryAs(Button.class);
    }

    private boolean showing(String screen) {
        Node node = robot.lookup(screen).query();
        return node != null && node.isVisible();
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitFor(Duration timeout, Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return Boolean.TRUE.equals(condition.get());
        });
    }
}
