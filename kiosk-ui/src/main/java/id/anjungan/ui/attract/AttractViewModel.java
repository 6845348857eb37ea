package id.anjungan.ui.attract;

import id.anjungan.backend.VillageProfile;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The attract screen: the village's name and logo, the date and time, and an invitation that rotates between the
 * three ways in. Any touch, card, scan or the presence sensor wakes it.
 */
public final class AttractViewModel {

    static final List<String> INVITATIONS = List.of("attract.invite.card", "attract.invite.scan", "attract.invite.nik");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** How long the last session's farewell (or a lockout's wait) stays on the attract screen. */
    static final Duration FAREWELL = Duration.ofSeconds(12);

    private final Journey journey;
    private final Supplier<VillageProfile> village;
    private final Clock clock;
    private final ObjectProperty<Message> farewell = new SimpleObjectProperty<>();
    private Instant farewellSince;
    private final StringProperty villageName = new SimpleStringProperty("");
    private final StringProperty logoUrl = new SimpleStringProperty();
    private final ReadOnlyStringWrapper invitation = new ReadOnlyStringWrapper(INVITATIONS.get(0));
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private int invitationIndex;
    private boolean loading;
    private boolean loaded;

    public AttractViewModel(Journey journey, Supplier<VillageProfile> village, Clock clock) {
        this.journey = journey;
        this.village = village;
        this.clock = clock;
        journey.onView(SessionState.ATTRACT, view -> {
            farewell.set(Message.said(view.message()));
            farewellSince = clock.instant();
        });
        tick();
    }

    /**
     * Fetches the village's name and logo; without the backend the screen still invites, under a plain title, and
     * {@link #tick()} asks again.
     */
    public void load() {
        if (loading || loaded) {
            return;
        }
        loading = true;
        journey.tasks().quietly("village profile", village, this::show, () -> loading = false);
    }

    void show(VillageProfile profile) {
        loading = false;
        loaded = true;
        String word = profile.villageWord() == null ? "Desa" : profile.villageWord();
        villageName.set(profile.villageName() == null ? "" : word + " " + profile.villageName());
        String logo = profile.logoUrl();
        logoUrl.set(logo != null && (logo.startsWith("http://") || logo.startsWith("https://")) ? logo : null);
    }

    /** Advances the clock and the invitation; the view calls it every few seconds. */
    public void tick() {
        LocalDateTime now = LocalDateTime.now(clock);
        date.set(DATE.format(now));
        time.set(TIME.format(now));
        if (now.getSecond() % 5 == 0) {
            load();
        }
        if (farewellSince != null && Duration.between(farewellSince, clock.instant()).compareTo(FAREWELL) >= 0) {
            farewell.set(null);
            farewellSince = null;
        }
    }

    public void rotate() {
        invitationIndex = (invitationIndex + 1) % INVITATIONS.size();
        invitation.set(INVITATIONS.get(invitationIndex));
    }

    /** A touch, or someone in front of the kiosk (a card or a scan reach the session from the devices). */
    public void wake() {
        if (journey.currentScreen() == Screen.ATTRACT) {
            farewell.set(null);
            journey.fire("wait", new SessionEvent.Touched());
        }
    }

    /** The last session's farewell, or why it ended (a lockout says how long to wait); gone after a few seconds. */
    public ObjectProperty<Message> farewell() {
        return farewell;
    }

    public StringProperty villageName() {
        return villageName;
    }

    public StringProperty logoUrl() {
        return logoUrl;
    }

    /** The bundle key of the invitation now showing. */
    public ReadOnlyStringProperty invitation() {
        return invitation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty date() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty time() {
        return time.getReadOnlyProperty();
    }
}
