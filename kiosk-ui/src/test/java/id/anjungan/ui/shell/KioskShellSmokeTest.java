package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.session.Views;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A few headless (Monocle) checks that the views are bound to their view models; the flows are tested on the models. */
@ExtendWith(ApplicationExtension.class)
class KioskShellSmokeTest {

    private final TestKiosk kiosk = new TestKiosk();

    {
        kiosk.session.answer = event -> Views.in(SessionState.IDENTIFY).build();
    }

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new KioskShell(kiosk.models, kiosk.texts, Clock.systemUTC()), 1280, 800);
        scene.getStylesheets().add(KioskShell.class.getResource("/id/anjungan/ui/kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aTouchOnTheAttractScreenTellsTheSessionAndShowsTheNikKeypad(FxRobot robot) {
        robot.clickOn("#attract");
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Touched());
        assertThat(kiosk.screen()).isEqualTo(Screen.IDENTIFY);
        assertThat(robot.lookup("#key-ok").queryButton().isVisible()).isTrue();
    }

    @Test
    void keypadTapsShowTheNikInGroups(FxRobot robot) {
        robot.clickOn("#attract");
        for (char digit : "33010512".toCharArray()) {
            robot.clickOn(robot.lookup("#key-" + digit).match(n -> n.isVisible() && n.getParent().isVisible()).queryButton());
        }
        assertThat(robot.lookup("#nik-display").queryAs(Label.class).getText()).isEqualTo("3301 0512");
    }

    @Test
    void theLanguageSwitchRewordsTheCallStaffButton(FxRobot robot) {
        robot.clickOn("#lang-switch");
        assertThat(robot.lookup("#callStaff").queryButton().getText()).isEqualTo("Call staff");
    }

    @Test
    void everyButtonIsAtLeastSixtyFourPixelsHigh(FxRobot robot) {
        robot.clickOn("#attract");
        assertThat(robot.lookup(".button").queryAllAs(Button.class))
                .filteredOn(Region::isVisible)
                .allSatisfy(button -> assertThat(button.getHeight()).isGreaterThanOrEqualTo(64));
    }

    @Test
    void theBaseFontIsAtLeastTwentyFourPixels(FxRobot robot) {
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .allSatisfy(label -> assertThat(label.getFont().getSize()).isGreaterThanOrEqualTo(24));
    }
}
