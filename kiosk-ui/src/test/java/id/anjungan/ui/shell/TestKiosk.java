package id.anjungan.ui.shell;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.session.FakeSessionPort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Every view model on one fake session, with work run on the calling thread: no stage, no threads. */
public final class TestKiosk {

    public static final Instant START = Instant.parse("2026-11-23T03:00:00Z");
    public final FakeSessionPort session = new FakeSessionPort();
    public final Texts texts = new Texts();
    public final List<Screen> staffCalls = new ArrayList<>();
    public final List<String> exits = new ArrayList<>();
    public final KioskModels models = new KioskModels(session, Tasks.direct(), texts, Clock.fixed(START, ZoneId.of("Asia/Jakarta")),
            KioskModels.KioskTimings.defaults(), "999999", () -> exits.add("exit"), staffCalls::add);

    public Journey journey() {
        return models.journey;
    }

    /** Types a NIK and a PIN and logs in. */
    public void logIn() {
        models.wake();
        models.identify.nik().fill("3301051203800001");
        models.identify.submit();
        models.verify.pin().fill("123456");
        models.verify.submit();
    }
}
