package id.anjungan.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {

    private static final long MS = 1_000_000L;

    private final List<String> lines = new ArrayList<>();
    private final List<DeviceError> faults = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final LineFramer framer = new LineFramer(new ScannerSettings(16, Duration.ofMillis(200), Duration.ofMillis(50)),
            new LineFramer.Sink() {
                @Override
                public void line(byte[] line) {
                    lines.add(new String(line, StandardCharsets.ISO_8859_1));
                }

                @Override
                public void fault(DeviceError reason, String detail) {
                    faults.add(reason);
                    details.add(detail);
                }
            });
    private long now;

    private void feed(String text) {
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            now += MS;
            framer.accept(b & 0xFF, now);
        }
    }

    @Test
    void everyEndingStyleEndsOneLine() {
        feed("A\rB\nC\r\nD\n\rE\r\r");

        assertThat(lines).containsExactly("A", "B", "C", "D", "E");
        assertThat(faults).isEmpty();
    }

    @Test
    void lfAfterCrInTheNextChunkIsStillPartOfCrLf() {
        feed("A\r");
        feed("\nB\r\n");

        assertThat(lines).containsExactly("A", "B");
    }

    @Test
    void lineAtTheLimitIsKept() {
        feed("0123456789ABCDEF\r");

        assertThat(lines).containsExactly("0123456789ABCDEF");
    }

    @Test
    void lineOverTheLimitIsReportedWithItsLengthAndTheNextLineKept() {
        feed("0123456789ABCDEFG\rok\r");

        assertThat(faults).containsExactly(DeviceError.SCANNER_LINE_TOO_LONG);
        assertThat(details.get(0)).contains("17 bytes").contains("limit 16");
        assertThat(lines).containsExactly("ok");
    }

    @Test
    void unfinishedLineIsDroppedAfterTheTimeout() {
        feed("half");
        framer.expire(now + 201 * MS);

        assertThat(faults).containsExactly(DeviceError.SCANNER_INCOMPLETE);
        assertThat(lines).isEmpty();
    }

    @Test
    void slowButSteadyLineIsNotCut() {
        for (char c : "slow".toCharArray()) {
            now += 150 * MS;
            framer.accept(c, now);
            framer.expire(now + 100 * MS);
        }
        feed("\r");

        assertThat(lines).containsExactly("slow");
        assertThat(faults).isEmpty();
    }

    @Test
    void silenceWithoutAStartedLineIsNoFault() {
        framer.expire(now + 10_000 * MS);

        assertThat(faults).isEmpty();
    }
}
