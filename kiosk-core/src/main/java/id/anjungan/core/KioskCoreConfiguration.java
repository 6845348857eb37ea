package id.anjungan.core;

import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.opensid.OpenSidApiClient;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.config.AnjunganProperties;
import id.anjungan.core.config.BackendAddress;
import id.anjungan.core.config.CheckedConfiguration;
import id.anjungan.core.enrolment.CardLinks;
import id.anjungan.core.enrolment.FingerprintEnrolments;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.core.health.BackendHealth;
import id.anjungan.core.health.DeviceStatus;
import id.anjungan.core.health.KioskMetrics;
import id.anjungan.core.health.OutboxHealth;
import id.anjungan.core.health.ReceiptPrinterHealth;
import id.anjungan.core.outbox.Outbox;
import id.anjungan.core.outbox.OutboxSender;
import id.anjungan.core.print.PrintJournal;
import id.anjungan.core.print.TicketPrinting;
import id.anjungan.core.queue.ClaimCodes;
import id.anjungan.core.queue.QueueNumbers;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.device.api.ReceiptPrinter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * kiosk-core's beans, without {@code @SpringBootApplication}: the kiosk UI imports this class into its own context
 * (started in {@code Application.init()}); tests and headless tools start it with {@link KioskCore#start}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = FlywayAutoConfiguration.class)
@EnableConfigurationProperties(AnjunganProperties.class)
@Import({DeviceConfiguration.class, SessionConfiguration.class})
public class KioskCoreConfiguration {

    /** Ticket times and queue days are counted in Western Indonesian Time. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Bean
    CheckedConfiguration checkedConfiguration(AnjunganProperties properties) {
        return new CheckedConfiguration(properties);
    }

    @Bean
    Clock kioskClock() {
        return Clock.systemUTC();
    }

    @Bean
    KioskDatabase kioskDatabase(CheckedConfiguration config) {
        return KioskDatabase.open(config.database());
    }

    @Bean
    KioskSecret kioskSecret(CheckedConfiguration config) {
        return KioskSecret.loadOrCreate(config.properties().storage().secretFile());
    }

    @Bean
    AuditLog auditLog(KioskDatabase database, KioskSecret secret, Clock clock, CheckedConfiguration config) {
        return new AuditLog(database, secret, clock, config.properties().kiosk().id());
    }

    @Bean
    QueueNumbers queueNumbers(KioskDatabase database, Clock clock) {
        return new QueueNumbers(database, clock, WIB);
    }

    @Bean
    ClaimCodes claimCodes(KioskDatabase database, KioskSecret secret, Clock clock, CheckedConfiguration config) {
        return new ClaimCodes(database, secret, clock, config.properties().policy().claimRetention());
    }

    @Bean
    PrintJournal printJournal(KioskDatabase database, Clock clock) {
        return new PrintJournal(database, clock);
    }

    @Bean
    Outbox outbox(KioskDatabase database, KioskSecret secret, Clock clock) {
        return new Outbox(database, secret, clock);
    }

    @Bean
    OutboxSender outboxSender(Outbox outbox, ClaimCodes claims, AuditLog audit) {
        return new OutboxSender(outbox, claims, audit);
    }

    @Bean
    FingerprintEnrolments fingerprintEnrolments(KioskDatabase database, KioskSecret secret, Clock clock) {
        return new FingerprintEnrolments(database, secret, clock);
    }

    @Bean
    CardLinks cardLinks(KioskDatabase database, KioskSecret secret, Clock clock) {
        return new CardLinks(database, secret, clock);
    }

    @Bean
    VillageBackend villageBackend(CheckedConfiguration config) {
        return new OpenSidApiClient(BackendAddress.settings(config.properties().backend()));
    }

    @Bean
    KioskMetrics kioskMetrics(MeterRegistry registry) {
        return new KioskMetrics(registry);
    }

    @Bean
    TicketPrinting ticketPrinting(PrintJournal journal, ReceiptPrinter printer, AuditLog audit, KioskMetrics metrics) {
        return new TicketPrinting(journal, printer, audit, metrics);
    }

    @Bean
    ReceiptPrinterHealth receiptPrinterHealthIndicator(ReceiptPrinter printer, Clock clock) {
        return new ReceiptPrinterHealth(printer, clock);
    }

    @Bean
    BackendHealth backendHealthIndicator(VillageBackend backend, Clock clock, CheckedConfiguration config) {
        return new BackendHealth(backend, clock, config.properties().backend().probeInterval());
    }

    /** Every device's health for the out-of-order screen; printer and backend read every two seconds. */
    @Bean(destroyMethod = "close")
    DeviceStatus deviceStatus(ReceiptPrinter printer, BackendHealth backend, InputDevices devices, Clock clock) {
        return new DeviceStatus(printer, backend, devices, clock, Duration.ofSeconds(2));
    }

    @Bean
    OutboxHealth outboxHealthIndicator(Outbox outbox, MeterRegistry registry) {
        registry.gauge("anjungan.outbox.depth", outbox, Outbox::depth);
        return new OutboxHealth(outbox);
    }
}
