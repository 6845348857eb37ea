package id.anjungan.device.fingerprint;

import id.anjungan.device.fingerprint.host.EncryptedTemplateStore;
import id.anjungan.device.fingerprint.host.SourceAfisFingerprintReader;
import id.anjungan.device.fingerprint.sim.R30xSimulator;
import id.anjungan.device.rig.SocatPair;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Bytes each reader operation puts on the wire (counted on a socat pty against the simulator, with
 * the finger already down so each capture takes one image), the time on the wire they imply at
 * 57600 and 115200 baud (8N1, ten bits per byte; computed, a pty ignores baud rates), and the
 * median round trip measured over the pty. A real module adds its own capture and search time.
 * Run by {@code bench/fingerprint-wire.sh}.
 */
public final class R30xWireBenchmark {

    private static final int RUNS = 21;

    private R30xWireBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("r30x-bench");
        try (SocatPair cable = new SocatPair(dir).start(); R30xSimulator simulator = R30xSimulator.onPty(cable.peer())) {
            simulator.awaitReady(Duration.ofSeconds(5));
            Counting wire = new Counting(new SerialTransport(cable.kiosk().toString(), 57_600,
                    new TransportTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(2))));
            try (R30xFingerprintReader reader = new R30xFingerprintReader(wire, R30xSettings.defaults())) {
                reader.open();
                simulator.seedTemplate(1, "budi-right-thumb");
                System.out.printf(Locale.ROOT, "%-34s %7s %7s %11s %12s %12s%n",
                        "operation", "to mod", "from", "57600 baud", "115200 baud", "pty p50");
                row("open (VfyPwd + ReadSysPara)", wire, r -> r.open(), reader);
                row("probe (TemplateNum)", wire, R30xFingerprintReader::probe, reader);
                row("verify 1:1 (LoadChar..Match)", wire, r -> r.verify(1, ScriptedResident.with(simulator, "budi-right-thumb")), reader);
                row("search 1:N (GenImg..Search)", wire, r -> r.search(ScriptedResident.with(simulator, "budi-right-thumb")), reader);
                row("enroll (2 captures, lift, Store)", wire,
                        r -> r.enroll(2, ScriptedResident.with(simulator, "siti-left-index")), reader);
                Path key = dir.resolve("bench.key");
                EncryptedTemplateStore.createKey(key);
                SourceAfisFingerprintReader host = new SourceAfisFingerprintReader(reader,
                        EncryptedTemplateStore.open(dir.resolve("templates"), key, 10));
                host.enroll(1, ScriptedResident.with(simulator, "budi-right-thumb"));
                simulator.liftFinger();
                row("verify on host (UpImage+SourceAFIS)", wire, r -> host.verify(1, ScriptedResident.with(simulator, "budi-right-thumb")),
                        reader);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void row(String name, Counting wire, Consumer<R30xFingerprintReader> operation, R30xFingerprintReader reader) {
        long[] nanos = new long[RUNS];
        long sent = 0;
        long received = 0;
        for (int i = 0; i < RUNS; i++) {
            wire.reset();
            long start = System.nanoTime();
            operation.accept(reader);
            nanos[i] = System.nanoTime() - start;
            sent = wire.sent;
            received = wire.received;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-34s %7d %7d %9.3f s %10.3f s %9.2f ms%n", name, sent, received,
                seconds(sent + received, 57_600), seconds(sent + received, 115_200), nanos[RUNS / 2] / 1e6);
    }

    private static double seconds(long bytes, int baud) {
        return bytes * 10.0 / baud;
    }

    /** Counts the bytes crossing a transport. */
    private static final class Counting implements ByteTransport {
        private final ByteTransport inner;
        private long sent;
        private long received;

        Counting(ByteTransport inner) {
            this.inner = inner;
        }

        void reset() {
            sent = 0;
            received = 0;
        }

        @Override
        public void open() {
            inner.open();
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public void write(byte[] data) {
            sent += data.length;
            inner.write(data);
        }

        @Override
        public void flush() {
            inner.flush();
        }

        @Override
        public boolean canRead() {
            return inner.canRead();
        }

        @Override
        public OptionalInt read(Duration timeout) {
            OptionalInt value = inner.read(timeout);
            if (value.isPresent()) {
                received++;
            }
            return value;
        }

        @Override
        public void discardInput() {
            inner.discardInput();
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
