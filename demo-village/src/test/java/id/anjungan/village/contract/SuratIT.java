package id.anjungan.village.contract;

import static id.anjungan.village.VillageHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.village.VillageHttp.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The letter catalogue, requirements, and a resident's own requests (contract §2.1-2.5). */
class SuratIT extends ContractTestBase {

    static Map<String, String> usahaRequest(String namaUsaha) {
        return form("id_surat", "192", "nama_usaha", namaUsaha, "jenis_usaha", "PERDAGANGAN",
                "alamat_usaha", "Jl. Melati No. 5", "keperluan", "Pengajuan kredit usaha rakyat",
                "syarat", "{\"1\":\"17\",\"2\":\"-1\",\"3\":\"-1\"}",
                "isian_form", "{\"nama_usaha\":\"" + namaUsaha + "\",\"jenis_usaha\":\"PERDAGANGAN\","
                        + "\"alamat_usaha\":\"Jl. Melati No. 5\",\"keperluan\":\"Pengajuan kredit usaha rakyat\"}",
                "no_hp_aktif", "081227100001", "keterangan", "");
    }

    private JsonNode catalogue(String token, String query) {
        Reply r = http.get("/api/v1/layanan-mandiri/surat/jenis-permohonan" + query, token);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode field(JsonNode letter, String name) {
        for (JsonNode f : letter.at("/attributes/form_surat")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    @Test
    void theCatalogueOffersEveryMandiriLetterWithItsFormAndTheThreeAppendedFields() {
        JsonNode body = catalogue(http.login(BUDI, "123456"), "?page[size]=100");

        assertThat(body.at("/meta/pagination/total").asInt()).as("the mandiri = 0 letter is not offered").isEqualTo(8);
        JsonNode usaha = body.get("data").get(0);
        assertThat(usaha.get("type").asText()).isEqualTo("jenis-surat");
        assertThat(usaha.get("id").asText()).isEqualTo("192");
        assertThat(usaha.at("/attributes/slug").asText()).isEqualTo("surat-keterangan-usaha");
        assertThat(usaha.at("/attributes/kode").asText()).isEqualTo("500");
        List<String> names = new ArrayList<>();
        usaha.at("/attributes/form_surat").forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).containsExactly("nama_usaha", "jenis_usaha", "alamat_usaha", "mulai_usaha", "keperluan",
                "keterangan", "no_hp_aktif", "syarat");
        JsonNode nama = field(usaha, "nama_usaha");
        assertThat(nama.get("type").asText()).isEqualTo("text");
        assertThat(nama.get("required").asBoolean()).isTrue();
        assertThat(nama.get("placeholder").asText()).isEqualTo("Masukkan Nama / Jenis usaha");
        JsonNode jenis = field(usaha, "jenis_usaha");
        assertThat(jenis.get("type").asText()).as("select-manual becomes select").isEqualTo("select");
        assertThat(jenis.get("multiple").asBoolean()).isFalse();
        assertThat(jenis.at("/values/0/label").asText()).isEqualTo("PERDAGANGAN");
        assertThat(field(usaha, "mulai_usaha").get("required").asBoolean()).isFalse();
        assertThat(field(usaha, "keterangan").get("subtype").asText()).isEqualTo("textarea");
        assertThat(field(usaha, "no_hp_aktif").get("type").asText()).isEqualTo("number");
    }

    @Test
    void theSyaratSelectListsOnlyTheResidentsOwnDocumentsPerRequirement() {
        JsonNode budi = field(catalogue(http.login(BUDI, "123456"), "").get("data").get(0), "syarat");
        JsonNode siti = field(catalogue(http.login(SITI, "234567"), "").get("data").get(0), "syarat");

        assertThat(budi.get("required").asBoolean()).isTrue();
        assertThat(budi.at("/values/0/label").asText()).isEqualTo("Surat Pengantar RT/RW");
        assertThat(budi.at("/values/0/value").asInt()).isEqualTo(1);
        assertThat(budi.at("/values/0/form_surat/0/name").asText()).isEqualTo("dokumen");
        assertThat(budi.at("/values/0/form_surat/0/values/0/label").asText()).isEqualTo("Pengantar RT");
        assertThat(budi.at("/values/0/form_surat/0/values/0/value").asInt()).isEqualTo(17);
        assertThat(siti.at("/values/0/form_surat/0/values").size()).isZero();
    }

    @Test
    void selectOtomatisTakesItsOptionsFromTheReferenceTable() {
        JsonNode all = catalogue(http.login(BUDI, "123456"), "?filter[nama]=Kelahiran").get("data");

        assertThat(all).hasSize(1);
        JsonNode sex = field(all.get(0), "jenis_kelamin_bayi");
        assertThat(sex.get("type").asText()).isEqualTo("select");
        assertThat(sex.at("/values/0/label").asText()).isEqualTo("LAKI-LAKI");
        assertThat(sex.at("/values/1/label").asText()).isEqualTo("PEREMPUAN");
        assertThat(field(all.get(0), "jam_lahir").get("type").asText()).isEqualTo("time");
    }

    @Test
    void pagesFollowJsonApiPaginateWithLinksAndAMaximumOf100() {
        String token = http.login(BUDI, "123456");

        JsonNode first = catalogue(token, "?page[size]=3");
        JsonNode second = catalogue(token, "?page%5Bsize%5D=3&page%5Bnumber%5D=2");
        JsonNode huge = catalogue(token, "?page[size]=1000");

        assertThat(first.at("/meta/pagination/count").asInt()).isEqualTo(3);
        assertThat(first.at("/meta/pagination/per_page").asInt()).isEqualTo(3);
        assertThat(first.at("/meta/pagination/total_pages").asInt()).isEqualTo(3);
        assertThat(first.at("/links").has("prev")).isFalse();
        assertThat(first.at("/links/next").asText()).contains("page%5Bnumber%5D=2").contains("page%5Bsize%5D=3");
        assertThat(second.at("/meta/pagination/current_page").asInt()).isEqualTo(2);
        assertThat(second.at("/links/prev").asText()).contains("page%5Bnumber%5D=1");
        assertThat(second.get("data").get(0).get("id").asText()).isNotEqualTo(first.get("data").get(0).get("id").asText());
        assertThat(huge.at("/meta/pagination/per_page").asInt()).isEqualTo(100);
        assertThat(catalogue(token, "").at("/meta/pagination/per_page").asInt()).as("default size").isEqualTo(15);
    }

    @Test
    void filtersAndSortsNotAllowedAreRefusedWith400() {
        String token = http.login(BUDI, "123456");

        Reply filter = http.get("/api/v1/layanan-mandiri/surat/jenis-permohonan?filter[template]=x", token);
        Reply sort = http.get("/api/v1/layanan-mandiri/surat/jenis-permohonan?sort=-template", token);

        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.json().get("message").asText()).contains("`template`").contains("not allowed");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(catalogue(token, "?sort=-nama").at("/data/0/attributes/nama").asText()).isEqualTo("Pengantar SKCK");
    }

    @Test
    void syaratIsAPlainListWithoutPagination() {
        Reply r = http.get("/api/v1/layanan-mandiri/surat/syarat", http.login(BUDI, "123456"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().has("meta")).isFalse();
        assertThat(r.json().at("/data/0/type").asText()).isEqualTo("syarat");
        assertThat(r.json().at("/data/0/id").asText()).isEqualTo("1");
        assertThat(r.json().at("/data/0/attributes/nama").asText()).isEqualTo("Surat Pengantar RT/RW");
    }

    @Test
    void aRequestIsCreatedInSedangDiperiksaFromAFormPost() {
        String token = http.login(BUDI, "123456");

        Reply r = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", token,
                usahaRequest("Warung Bu Siti"));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode data = r.json().get("data");
        assertThat(data.get("type").asText()).isEqualTo("permohonan");
        assertThat(data.get("id").isTextual()).isTrue();
        assertThat(data.at("/attributes/status").asText()).isEqualTo("Sedang Diperiksa");
        assertThat(data.at("/attributes/jenis_surat").asText()).isEqualTo("Keterangan Usaha");
        assertThat(data.at("/attributes/nama_penduduk").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(data.at("/attributes/tanggal_kirim").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    }

    @Test
    void aRequestIsAlsoAcceptedAsJsonWithTheJsonStringFields() {
        String token = http.login(BUDI, "123456");
        String json = """
                {"id_surat":"195","keperluan":"Melamar pekerjaan","syarat":"{\\"1\\":\\"-1\\",\\"2\\":\\"-1\\",\\"3\\":\\"-1\\"}",
                 "isian_form":"{\\"keperluan\\":\\"Melamar pekerjaan\\"}"}""";

        Reply r = http.postJson("/api/v1/layanan-mandiri/surat/surat-pengantar-skck/permohonan", token, json);

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().at("/data/attributes/jenis_surat").asText()).isEqualTo("Pengantar SKCK");
    }

    @Test
    void missingRequiredFieldsAre422AtTheirFields() {
        Reply r = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan",
                http.login(BUDI, "123456"), form("id_surat", "192", "nama_usaha", "Toko"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").has("nama_usaha")).isFalse();
        assertThat(r.json().at("/errors/keperluan/0").asText()).isEqualTo("keperluan wajib diisi.");
        assertThat(r.json().at("/errors/syarat/0").asText()).isEqualTo("syarat wajib diisi.");
    }

    @Test
    void withoutAcceptJsonAValidationErrorIsARedirectAsInRealOpenSid() {
        HttpRequest noAccept = HttpRequest.newBuilder(java.net.URI.create(
                        http.base() + "/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan"))
                .header("Authorization", "Bearer " + http.login(BUDI, "123456"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id_surat=192")).build();

        assertThat(http.send(noAccept).status()).isEqualTo(302);
    }

    @Test
    void aMissingIdSuratIsTheServerErrorRealOpenSidGives() {
        Map<String, String> body = usahaRequest("Toko");
        body.remove("id_surat");

        Reply r = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan",
                http.login(BUDI, "123456"), body);

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("message").asText()).isEqualTo("Server Error");
    }

    @Test
    void anUnknownSlugIsA400() {
        Reply r = http.postForm("/api/v1/layanan-mandiri/surat/surat-tidak-ada/permohonan",
                http.login(BUDI, "123456"), usahaRequest("Toko"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asInt()).isEqualTo(400);
    }

    @Test
    void isianFormSentAsAnObjectInsteadOfAStringIsA400() {
        String json = """
                {"id_surat":"195","keperluan":"x","syarat":"{}","isian_form":{"keperluan":"x"}}""";

        Reply r = http.postJson("/api/v1/layanan-mandiri/surat/surat-pengantar-skck/permohonan",
                http.login(BUDI, "123456"), json);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("messages").asText()).contains("json_decode");
    }

    @Test
    void myRequestsAreMineOnlyWithStatusLabelsFiltersAndNewestFirst() {
        String siti = http.login(SITI, "234567");
        http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", siti, usahaRequest("Jahit A"));
        String second = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", siti,
                usahaRequest("Jahit B")).json().at("/data/id").asText();

        JsonNode mine = http.get("/api/v1/layanan-mandiri/surat/permohonan?sort=-id", siti).json();
        JsonNode cancelled = http.get("/api/v1/layanan-mandiri/surat/permohonan?filter[status]=5", siti).json();

        assertThat(mine.get("data")).hasSize(2);
        assertThat(mine.at("/data/0/id").asText()).isEqualTo(second);
        mine.get("data").forEach(p -> assertThat(p.at("/attributes/nama_penduduk").asText()).isEqualTo("SITI AMINAH"));
        assertThat(mine.at("/data/0/attributes/status").asText()).isEqualTo("Sedang Diperiksa");
        assertThat(cancelled.get("data")).isEmpty();
        assertThat(mine.at("/meta/pagination/total").asInt()).isEqualTo(2);
    }

    @Test
    void cancellingWorksOnceFromSedangDiperiksaAndNeverOnSomeoneElsesRequest() {
        String budi = http.login(BUDI, "123456");
        String id = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", budi,
                usahaRequest("Toko Batal")).json().at("/data/id").asText();
        String hendra = http.login(HENDRA, "314159");

        Reply notMine = http.put("/api/v1/layanan-mandiri/surat/" + id + "/permohonan", hendra);
        Reply cancel = http.put("/api/v1/layanan-mandiri/surat/" + id + "/permohonan", budi);
        Reply again = http.put("/api/v1/layanan-mandiri/surat/" + id + "/permohonan", budi);

        assertThat(notMine.status()).isEqualTo(400);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.json().get("messages").asText()).isEqualTo("Permohonan surat berhasil dibatalkan.");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("messages").asText()).startsWith("No query results for model");
        JsonNode listed = http.get("/api/v1/layanan-mandiri/surat/permohonan?filter[id]=" + id, budi).json();
        assertThat(listed.at("/data/0/attributes/status").asText()).isEqualTo("Dibatalkan");
    }
}
