package id.anjungan.ui.shell;

import id.anjungan.backend.VillageProfile;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.session.FakeSessionDriver;
import id.anjungan.ui.session.Views;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Every view model on one scripted session, with work run on the calling thread: no stage, no threads. */
public final class TestKiosk {

    public static final Instant START = Instant.parse("2026-11-23T03:00:00Z");
    public static final Duration WARNING = Duration.ofSeconds(15);
    public final FakeSessionDriver session = new FakeSessionDriver();
    public final Texts texts = new Texts();
    public final List<String> exits = new ArrayList<>();
    /** The village profile the attract screen reads; tests may replace it. */
    public Supplier<VillageProfile> village;
    public final KioskModels models;

    public TestKiosk() {
        this(() -> new VillageProfile("Sukamaju", "3301052001", "Desa", "Kedungreja", "Cilacap", "Jawa Tengah", null, null, null,
                "logo.png", null, null, null));
    }

    public TestKiosk(Supplier<VillageProfile> village) {
        this.village = village;
        models = new KioskModels(session, () -> this.village.get(), Tasks.direct(), texts,
                Clock.fixed(START, ZoneId.of("Asia/Jakarta")), () -> exits.add("exit"));
        models.configure(WARNING, "999999");
    }

    public Journey journey() {
        return models.journey;
    }

    /** The session moves to {@code state} with Budi logged in (as after NIK and PIN). */
    public void at(SessionState state) {
        session.show(Views.loggedIn(state).build());
    }

    public Screen screen() {
        return models.journey.currentScreen();
    }
}
