package id.anjungan.device.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReceivedBytesTest {

    private final ReceivedBytes received = new ReceivedBytes();

    @Test
    void bytesComeOutInOrderAsUnsignedValues() {
        received.add(new byte[] {0x12, (byte) 0xFF}, 2);

        assertThat(received.poll(Duration.ZERO)).hasValue(0x12);
        assertThat(received.poll(Duration.ZERO)).hasValue(0xFF);
        assertThat(received.poll(Duration.ofMillis(10))).isEmpty();
    }

    @Test
    void clearDropsUnreadBytes() {
        byte[] flood = new byte[10_000];
        flood[flood.length - 1] = 0x42;
        received.add(flood, flood.length);

        received.clear();
        received.add(new byte[] {0x12}, 1);

        assertThat(received.poll(Duration.ZERO)).hasValue(0x12);
    }

    @Test
    void floodBeyondCapacityDropsTheOldest() {
        // the first 904 bytes beyond the capacity give way
        byte[] flood = new byte[ReceivedBytes.CAPACITY + 904];
        for (int i = 0; i < flood.length; i++) {
            flood[i] = (byte) (i < 904 ? 1 : 2);
        }
        received.add(flood, flood.length);

        assertThat(received.poll(Duration.ZERO)).hasValue(2);
    }

    @Test
    void clearKeepsTheEndOfStream() {
        received.add(new byte[] {1, 2}, 2);
        received.end();

        received.clear();

        assertThat(received.poll(Duration.ZERO)).hasValue(ReceivedBytes.END);
    }
}
