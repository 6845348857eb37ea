package id.anjungan.ui.app;

import id.anjungan.backend.VillageBackend;
import id.anjungan.core.KioskCoreConfiguration;
import id.anjungan.core.print.DocumentPrinting;
import id.anjungan.core.session.SessionListeners;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.ui.demo.DemoVillageServer;
import id.anjungan.ui.demo.DeveloperPanel;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.lockdown.Lockdown;
import id.anjungan.ui.session.MachineDriver;
import id.anjungan.ui.shell.KioskModels;
import id.anjungan.ui.shell.KioskShell;
import id.anjungan.ui.shell.Tasks;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The kiosk application: the Spring context starts in {@link #init()} (off the UI thread, before any window), the
 * locked-down window in {@link #start(Stage)}, and everything closes in {@link #stop()}.
 */
public class KioskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);

    private DemoVillageServer village;
    private ConfigurableApplicationContext context;
    private KioskMode mode;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-work");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void init() {
        // one logback configuration (logback.xml) for the kiosk and the embedded demo-village; two Spring Boot
        // contexts re-initialising logging at once garble it
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        mode = KioskMode.detect();
        List<String> args = new ArrayList<>(getParameters().getRaw());
        // demo-village's application.yml is on the class path too: the kiosk reads only kiosk-core's files
        args.add("--spring.config.name=anjungan-kiosk");
        // demo-village brings JDBC starters; kiosk-core keeps its own SQLite files and needs no pooled DataSource
        args.add("--spring.autoconfigure.exclude=" + String.join(",",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration"));
        if (mode.demo()) {
            village = DemoVillageServer.reserve();
            // command-line arguments rank above kiosk-core's defaults and any site file
            args.add("--anjungan.backend.url=" + village.baseUrl());
            args.add("--anjungan.backend.allow-plain-http=true");
            args.add("--anjungan.ui.operator-pin=999999");
            LOG.info("demo mode: demo-village at {}", village.baseUrl());
        }
        context = new SpringApplicationBuilder(configuration())
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** The kiosk context's configuration classes; an integration test adds its own devices here. */
    protected Class<?>[] configuration() {
        return new Class<?>[] {KioskContext.class};
    }

    /** In demo mode, where the embedded demo-village answers. */
    public Optional<URI> demoVillageUrl() {
        return Optional.ofNullable(village).map(DemoVillageServer::baseUrl);
    }

    @Override
    public void start(Stage stage) {
        // kiosk-core counts in UTC; residents read Western Indonesian Time
        Clock clock = context.getBean(Clock.class).withZone(KioskCoreConfiguration.WIB);
        Texts texts = new Texts();
        Tasks tasks = new Tasks(background, Platform::runLater);
        String operatorPin = context.getEnvironment().getRequiredProperty("anjungan.ui.operator-pin");
        MachineDriver driver = new MachineDriver(context.getBean(SessionMachine.class), context.getBean(SessionListeners.class));
        VillageBackend backend = context.getBean(VillageBackend.class);
        KioskModels models = new KioskModels(driver, backend::villageProfile, tasks, texts, clock, idleWarning(), operatorPin,
                Platform::exit);
        context.getBeanProvider(DocumentPrinting.class).ifAvailable(printing -> printing.addWatcher(models.printing));
        KioskShell shell = new KioskShell(models, texts, clock);
        BorderPane root = new BorderPane(shell);
        Scene scene = new Scene(root, 1280, 800);
        if (mode.demo()) {
            String dataDir = context.getEnvironment().getRequiredProperty("anjungan.storage.data-dir");
            root.setBottom(new DeveloperPanel(scene, texts, Path.of(dataDir)));
        }
        scene.getStylesheets().add(KioskApplication.class.getResource("/id/anjungan/ui/kiosk.css").toExternalForm());
        if (context.getEnvironment().getProperty("anjungan.ui.high-contrast", Boolean.class, false)) {
            root.getStyleClass().add("high-contrast");
        }
        KeyboardWedge wedge = context.getBeanProvider(KeyboardWedge.class).getIfAvailable();
        if (wedge != null) {
            new WedgeFilter(wedge).install(scene);
        } else {
            // no wedge reader or scanner: nothing a keyboard types is for the kiosk, and no key combination may reach it
            scene.addEventFilter(KeyEvent.ANY, KeyEvent::consume);
        }
        stage.setScene(scene);
        stage.setTitle("Anjungan");
        Lockdown.prepare(stage);
        reportFirstFrame(scene, () -> {
            // after the first frame: the other screens, then (two cores) the embedded village
            Platform.runLater(shell::buildAll);
            if (mode.demo()) {
                village.launch();
            }
        });
        startClocks(models, clock);
        models.attract.load();
        stage.show();
        Platform.runLater(() -> Lockdown.enter(stage));
    }

    /** kiosk-core's {@code anjungan.timeouts.warning}: how long the "are you still there?" warning counts down. */
    private java.time.Duration idleWarning() {
        return context.getEnvironment().getProperty("anjungan.timeouts.warning", java.time.Duration.class,
                java.time.Duration.ofSeconds(15));
    }

    private static void reportFirstFrame(Scene scene, Runnable afterwards) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long now = System.currentTimeMillis();
            long sinceStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
            // bench/kiosk-start.sh reads the epoch time to compare with Chromium's first paint
            LOG.info("first attract frame {} ms after JVM start (epoch ms {})", sinceStart, now);
            afterwards.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void startClocks(KioskModels models, Clock clock) {
        Timeline seconds = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            models.attract.tick();
            models.idle.tick(clock.instant());
        }));
        seconds.setCycleCount(Timeline.INDEFINITE);
        seconds.play();
        Timeline invitations = new Timeline(new KeyFrame(Duration.seconds(4), e -> models.attract.rotate()));
        invitations.setCycleCount(Timeline.INDEFINITE);
        invitations.play();
    }

    @Override
    public void stop() {
        background.shutdownNow();
        if (context != null) {
            context.close();
        }
        if (village != null) {
            village.close();
        }
    }
}
