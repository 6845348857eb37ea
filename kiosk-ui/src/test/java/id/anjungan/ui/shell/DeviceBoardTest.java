package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceBoardTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final DeviceBoard board = kiosk.models.devices;

    @Test
    void aDownA4PrinterStopsCollectingButNotRequesting() {
        board.report(Service.Device.A4_PRINTER, false);
        assertThat(board.working(Service.AMBIL_SURAT).get()).isFalse();
        assertThat(board.working(Service.BUAT_SURAT).get()).isTrue();
        assertThat(board.stillWorking()).containsExactly(Service.BUAT_SURAT, Service.PERMOHONAN);
    }

    @Test
    void aDownBackendLeavesNothingToOffer() {
        board.report(Service.Device.BACKEND, false);
        assertThat(board.outOfOrder()).isTrue();
    }

    @Test
    void aDeviceBackUpIsUsedAgain() {
        board.report(Service.Device.BACKEND, false);
        board.report(Service.Device.BACKEND, true);
        assertThat(board.outOfOrder()).isFalse();
    }

    @Test
    void aDownTicketPrinterStopsNoService() {
        board.report(Service.Device.RECEIPT_PRINTER, false);
        assertThat(board.outOfOrder()).isFalse();
        assertThat(board.stillWorking()).hasSize(Service.values().length);
    }
}
