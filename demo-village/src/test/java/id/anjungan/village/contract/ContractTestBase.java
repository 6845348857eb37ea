package id.anjungan.village.contract;

import id.anjungan.village.DemoVillageApplication;
import id.anjungan.village.MutableClock;
import id.anjungan.village.VillageHttp;
import id.anjungan.village.VillageTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** demo-village running on a random loopback port with a fresh seeded database; tests talk real HTTP to it. */
@SpringBootTest(classes = DemoVillageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(VillageTestSupport.class)
abstract class ContractTestBase {

    static final String BUDI = "3301051203800001";
    static final String SITI = "3301056507840002";
    static final String SUPARMAN = "3301050101550005";
    static final String SRI = "3301054909620006";
    static final String AGUS = "3301053006900007";
    static final String DEWI = "3301055408950008";
    static final String HENDRA = "3301052112870009";
    static final String NUR = "3301054305780010";
    static final String JOKO = "3301051111700011";
    static final String RATNA = "3301056802000012";
    static final String WAHYU = "3301050510990013";
    static final String MARYAM_WITHOUT_ACCOUNT = "3301054411450014";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    VillageHttp http;

    @BeforeEach
    void connect() {
        http = new VillageHttp(port);
    }
}
