package id.anjungan.ui.attract;

import id.anjungan.backend.VillageProfile;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

    private final Journey journey;
    private final Clock clock;
    private final StringProperty villageName = new SimpleStringProperty("");
    private final StringProperty logoUrl = new SimpleStringProperty();
    private final ReadOnlyStringWrapper invitation = new ReadOnlyStringWrapper(INVITATIONS.get(0));
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private int invitationIndex;
    private boolean loading;
    private boolean loaded;

    public AttractViewModel(Journey journey, Clock clock) {
        this.journey = journey;
        this.clock = clock;
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
        journey.tasks().quietly("village profile", journey.session()::village, this::show, () -> loading = false);
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
    }

    public void rotate() {
        invitationIndex = (invitationIndex + 1) % INVITATIONS.size();
        invitation.set(INVITATIONS.get(invitationIndex));
    }

    /** A touch, a card, a scan, or someone in front of the kiosk. */
    public void wake() {
        if (journey.current() == Screen.ATTRACT) {
            journey.go(Screen.IDENTIFY);
        }
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
