package id.anjungan.device.rig;

import id.anjungan.device.api.QueueTicket;
import java.time.ZonedDateTime;

/** A realistic queue ticket for tests and samples. */
public final class Tickets {

    public static final String CLAIM_CODE = "ANJ-7F3K-9Q2X";

    private Tickets() {
    }

    public static QueueTicket sample() {
        return new QueueTicket("Desa Sukamaju", "231126-007", "Surat Keterangan Domisili",
                ZonedDateTime.of(2026, 11, 23, 9, 41, 0, 0, QueueTicket.WIB), "PRM-4821", CLAIM_CODE,
                "Simpan karcis ini untuk mengambil surat");
    }
}
