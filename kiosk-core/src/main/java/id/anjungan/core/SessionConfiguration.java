package id.anjungan.core;

import id.anjungan.backend.VillageBackend;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.config.AnjunganProperties;
import id.anjungan.core.config.CheckedConfiguration;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.core.enrolment.CardLinks;
import id.anjungan.core.enrolment.DemoEnrolment;
import id.anjungan.core.enrolment.FingerprintEnrolments;
import id.anjungan.core.health.KioskMetrics;
import id.anjungan.core.outbox.Outbox;
import id.anjungan.core.outbox.OutboxSender;
import id.anjungan.core.print.PrintReport;
import id.anjungan.core.print.TicketPrinting;
import id.anjungan.core.queue.ClaimCodes;
import id.anjungan.core.queue.QueueNumbers;
import id.anjungan.core.session.DeviceEvents;
import id.anjungan.core.session.DocumentOutput;
import id.anjungan.core.session.ExecutorSessionScheduler;
import id.anjungan.core.session.LocalLockout;
import id.anjungan.core.session.SessionListeners;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.core.session.SessionPolicy;
import id.anjungan.core.session.SessionServices;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.VillageName;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The resident session and what it needs; print jobs left from a crash are settled once the context is ready. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SessionConfiguration.class);

    /** The version of the consent sentence shown before a card is linked. */
    static final String CONSENT_VERSION = "kartu-v1";

    @Bean(destroyMethod = "close")
    ExecutorSessionScheduler sessionScheduler() {
        return new ExecutorSessionScheduler();
    }

    @Bean
    SessionListeners sessionListeners(KioskMetrics metrics) {
        SessionListeners listeners = new SessionListeners();
        listeners.add(metrics);
        return listeners;
    }

    @Bean
    SessionMachine sessionMachine(CheckedConfiguration config, VillageBackend backend, AuditLog audit, CardLinks cards,
            ClaimCodes claims, FingerprintEnrolments fingerprints, QueueNumbers queue, TicketPrinting tickets, Outbox outbox,
            OutboxSender sender, ObjectProvider<DocumentOutput> documents, Clock clock, ExecutorSessionScheduler scheduler,
            SessionListeners listeners) {
        AnjunganProperties p = config.properties();
        LocalLockout lockout = new LocalLockout(clock, p.policy().lockoutAttempts(), p.policy().lockoutWindow(),
                p.policy().lockoutPeriod());
        SessionServices services = new SessionServices(backend, audit, lockout, cards, claims, fingerprints, queue, tickets,
                outbox, sender, Optional.ofNullable(documents.getIfAvailable()),
                p.storage().dataDir().resolve("sessions"), new VillageName(backend, p.kiosk().villageName()), clock);
        Map<SessionState, Duration> perState = new EnumMap<>(SessionState.class);
        p.timeouts().perState().forEach((name, idle) -> perState.put(SessionState.valueOf(
                name.toUpperCase(java.util.Locale.ROOT).replace('-', '_')), idle));
        SessionPolicy policy = new SessionPolicy(p.policy().fingerprintAllowed(), p.policy().printSignedOnly(),
                p.timeouts().idle(), perState, p.timeouts().warning(), CONSENT_VERSION);
        return new SessionMachine(services, policy, scheduler, listeners);
    }

    /** Card taps, scans and fingerprints into the session; it hears the session to know when a fingerprint is asked. */
    @Bean(destroyMethod = "close")
    DeviceEvents deviceEvents(SessionMachine machine, InputDevices devices, SessionListeners listeners) {
        DeviceEvents events = new DeviceEvents(machine, devices.cardReader(), devices.codeScanner(), devices.fingerprintReader());
        listeners.add(events);
        return events;
    }

    /** Demo mode: one demo resident's fingerprint on the simulated module, so the fingerprint step can be shown. */
    @EventListener(ApplicationReadyEvent.class)
    void enrolDemoResident(ApplicationReadyEvent ready) {
        var context = ready.getApplicationContext();
        if (!context.getBean(CheckedConfiguration.class).properties().demo()) {
            return;
        }
        context.getBean(InputDevices.class).fingerprintReader().ifPresent(reader -> DemoEnrolment.enrolIfMissing(reader,
                context.getBean(FingerprintEnrolments.class), Duration.ofSeconds(10)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void settlePrintJobs(ApplicationReadyEvent ready) {
        PrintReport report = ready.getApplicationContext().getBean(TicketPrinting.class).resume();
        if (!report.interrupted().isEmpty() || !report.resumed().isEmpty() || !report.failed().isEmpty()) {
            LOG.warn("print jobs after restart: {} interrupted (operator must check), {} resumed, {} failed",
                    report.interrupted().size(), report.resumed().size(), report.failed().size());
        }
    }
}
