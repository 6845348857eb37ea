package id.anjungan.ui.app;

import id.anjungan.backend.VillageBackend;
import id.anjungan.core.KioskCoreConfiguration;
import id.anjungan.ui.demo.DemoVillageServer;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.lockdown.Lockdown;
import id.anjungan.ui.session.DeferredSession;
import id.anjungan.ui.shell.KioskModels;
import id.anjungan.ui.shell.KioskShell;
import id.anjungan.ui.shell.Tasks;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
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
 * The kiosk application. {@link #init()} starts the Spring context (kiosk-core: configuration, devices, the session
 * machine) on a thread of its own, so {@link #start(Stage)} shows the locked-down attract screen without waiting for
 * it; the screens join the session machine once the context is ready ({@link KioskWiring}). Everything closes in
 * {@link #stop()}. A context that cannot start (a bad site file) ends the application with its reason in the log.
 */
public class KioskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);

    private DemoVillageServer village;
    private CompletableFuture<ConfigurableApplicationContext> context;
    private KioskMode mode;
    private DeviceWatch devices;
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
        SpringApplicationBuilder builder = new SpringApplicationBuilder(configuration())
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        // on two cores the context and the first frame each get one; the resident sees the kiosk at once
        context = CompletableFuture.supplyAsync(() -> builder.run(args.toArray(String[]::new)),
                task -> new Thread(task, "kiosk-context").start());
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
        // residents read Western Indonesian Time
        Clock clock = Clock.system(KioskCoreConfiguration.WIB);
        Texts texts = new Texts();
        Tasks tasks = new Tasks(background, Platform::runLater);
        DeferredSession session = new DeferredSession(java.time.Duration.ofMinutes(2));
        KioskModels models = new KioskModels(session, () -> backend().villageProfile(), tasks, texts, clock, Platform::exit);
        KioskShell shell = new KioskShell(models, texts, clock);
        BorderPane root = new BorderPane(shell);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(KioskApplication.class.getResource("/id/anjungan/ui/kiosk.css").toExternalForm());
        KioskWiring wiring = new KioskWiring(models, session, scene, root, texts, mode);
        stage.setScene(scene);
        stage.setTitle("Anjungan");
        Lockdown.prepare(stage);
        reportFirstFrame(scene, () -> {
            // after the first frame: the other screens, then the session machine once its context is ready
            Platform.runLater(shell::buildAll);
            context.whenComplete((ready, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    session.failed(failure);
                    LOG.error("the kiosk cannot start: {}", failure.getCause() == null ? failure : failure.getCause());
                    Platform.exit();
                    return;
                }
                wiring.attach(ready);
                devices = new DeviceWatch(ready);
                Runnable villageUp = () -> {
                    models.attract.load();
                    devices.start(models.devices, Platform::runLater);
                };
                if (mode.demo()) {
                    // two cores: the embedded village starts after the kiosk's own context
                    village.launch().whenReady(() -> Platform.runLater(villageUp));
                } else {
                    villageUp.run();
                }
            }));
        });
        startClocks(models, clock);
        stage.show();
        Platform.runLater(() -> Lockdown.enter(stage));
    }

    private VillageBackend backend() {
        ConfigurableApplicationContext ready = context.getNow(null);
        if (ready == null) {
            throw new IllegalStateException("the kiosk is still starting");
        }
        return ready.getBean(VillageBackend.class);
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
        if (devices != null) {
            devices.close();
        }
        if (context != null) {
            context.thenAccept(ConfigurableApplicationContext::close);
            context.cancel(false);
        }
        if (village != null) {
            village.close();
        }
    }
}
