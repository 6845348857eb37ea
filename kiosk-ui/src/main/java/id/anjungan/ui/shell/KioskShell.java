package id.anjungan.ui.shell;

import id.anjungan.ui.attract.AttractView;
import id.anjungan.ui.collect.CollectView;
import id.anjungan.ui.collect.PrintJobView;
import id.anjungan.ui.home.HomeView;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.identify.ChangePinView;
import id.anjungan.ui.identify.FingerprintView;
import id.anjungan.ui.identify.IdentifyView;
import id.anjungan.ui.identify.VerifyView;
import id.anjungan.ui.letter.ConfirmView;
import id.anjungan.ui.letter.LetterFormView;
import id.anjungan.ui.letter.LetterListView;
import id.anjungan.ui.letter.TicketView;
import id.anjungan.ui.lockdown.OperatorExitView;
import id.anjungan.ui.part.Ui;
import id.anjungan.ui.requests.MyRequestsView;
import id.anjungan.ui.survey.SurveyView;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The kiosk's root: a top bar with the language switch and "Panggil petugas" on every screen, the current screen,
 * and the overlays (progress, idle warning, operator exit). A long press in the top-left corner opens the operator exit.
 */
public final class KioskShell extends StackPane {

    private final Map<Screen, Supplier<Node>> factories = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private Screen shown = Screen.ATTRACT;
    private final Label staffNotice = new Label();

    public KioskShell(KioskModels models, Texts texts, Clock clock) {
        getStyleClass().add("kiosk");
        factories.put(Screen.ATTRACT, () -> new AttractView(models.attract, texts));
        factories.put(Screen.IDENTIFY, () -> new IdentifyView(models.identify, texts));
        factories.put(Screen.VERIFY, () -> new VerifyView(models.verify, texts));
        factories.put(Screen.FINGERPRINT, () -> new FingerprintView(models.fingerprint, texts));
        factories.put(Screen.CHANGE_PIN, () -> new ChangePinView(models.changePin, texts));
        factories.put(Screen.HOME, () -> new HomeView(models.home, texts, models.devices));
        factories.put(Screen.LETTER_LIST, () -> new LetterListView(models.letters, texts));
        factories.put(Screen.LETTER_FORM, () -> new LetterFormView(models.form, texts));
        factories.put(Screen.CONFIRM, () -> new ConfirmView(models.form, texts));
        factories.put(Screen.TICKET, () -> new TicketView(models.form, texts));
        factories.put(Screen.MY_REQUESTS, () -> new MyRequestsView(models.requests, texts));
        factories.put(Screen.COLLECT, () -> new CollectView(models.collect, texts));
        factories.put(Screen.PRINTING, () -> new PrintJobView(models.printing, texts));
        factories.put(Screen.SURVEY, () -> new SurveyView(models.survey, texts));
        factories.put(Screen.OUT_OF_ORDER, () -> new OutOfOrderView(models.devices, texts));
        // screens and lists must shrink to what is left between the top bar and the demo panel
        content.setMinSize(0, 0);
        setMinSize(0, 0);
        showOnly(models.journey.currentScreen());
        models.journey.screen().addListener((obs, old, now) -> showOnly(now));

        BorderPane frame = new BorderPane(content);
        frame.setTop(topBar(models, texts));
        getChildren().addAll(frame, new ProgressOverlay(models.journey.tasks(), texts), new IdleOverlay(models.idle, texts, clock),
                new OperatorExitView(models.operatorExit, texts));
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> models.idle.touched(clock.instant()));
    }

    private Node topBar(KioskModels models, Texts texts) {
        Region corner = new Region();
        corner.getStyleClass().add("operator-corner");
        corner.setId("operator-corner");
        PauseTransition longPress = new PauseTransition(Duration.seconds(3));
        longPress.setOnFinished(e -> models.operatorExit.reveal());
        corner.setOnMousePressed(e -> longPress.playFromStart());
        corner.setOnMouseReleased(e -> longPress.stop());
        Label title = Ui.label(texts, "app.title", "label");
        staffNotice.getStyleClass().add("label");
        staffNotice.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button language = Ui.button(texts, "lang.switch", texts::toggle);
        Button callStaff = Ui.button(texts, "callStaff", () -> {
            models.callStaff();
            staffNotice.setText(texts.get("callStaff.called"));
            PauseTransition clear = new PauseTransition(Duration.seconds(20));
            clear.setOnFinished(e -> staffNotice.setText(""));
            clear.play();
        }, "call-staff");
        HBox bar = new HBox(16, corner, title, gap, staffNotice, language, callStaff);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private void showOnly(Screen current) {
        shown = current;
        view(current);
        screens.forEach((screen, view) -> view.setVisible(screen == current));
    }

    /**
     * Builds every screen not built yet. The attract screen alone is built before the first frame (a cold start on
     * two cores is counted in seconds); the others follow right after, so no tap waits for one.
     */
    public void buildAll() {
        for (Screen screen : Screen.values()) {
            view(screen);
        }
        showOnly(shown);
    }

    private Node view(Screen screen) {
        return screens.computeIfAbsent(screen, key -> {
            Node view = factories.get(key).get();
            if (view.getId() == null) {
                view.setId("screen-" + key.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            if (view instanceof Region region) {
                region.setMinSize(0, 0);
            }
            view.setVisible(false);
            content.getChildren().add(view);
            return view;
        });
    }
}
