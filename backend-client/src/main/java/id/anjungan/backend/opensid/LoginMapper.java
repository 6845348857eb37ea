package id.anjungan.backend.opensid;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.ResidentProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a login answer into a session and the resident's profile. */
final class LoginMapper {

    private static final Logger LOG = LoggerFactory.getLogger(LoginMapper.class);
    /** tymon/jwt-auth's default lifetime, for a server that does not say. */
    private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(60);

    private LoginMapper() {
    }

    static LoginResult toResult(ApiCaller.Resource<LoginAttributesDto> resource, Nik typedNik, Instant now) {
        LoginAttributesDto attributes = resource.attributes();
        AccessTokenDto token = attributes.accessToken();
        if (token == null || Lenient.text(token.token()) == null) {
            throw new BackendException(BackendError.PROTOCOL, "LOGIN: the answer carries no access token");
        }
        OptionalLong seconds = Lenient.number(token.expiresIn());
        Duration lifetime = seconds.isPresent() && seconds.getAsLong() > 0
                ? Duration.ofSeconds(seconds.getAsLong()) : DEFAULT_TOKEN_LIFETIME;
        if (seconds.isEmpty()) {
            LOG.debug("login answer has no usable expires_in; assuming {}", lifetime);
        }
        boolean mustChangePin = Lenient.flag(attributes.gantiPin());
        OpenSidSession session = new OpenSidSession(token.token().trim(), now.plus(lifetime), mustChangePin);
        return new LoginResult(session, profile(resource.id(), attributes, typedNik));
    }

    private static ResidentProfile profile(String id, LoginAttributesDto attributes, Nik typedNik) {
        DasarDto dasar = attributes.dasar();
        KelahiranDto birth = attributes.kelahiran();
        ResidentAddressDto address = attributes.address();
        return new ResidentProfile(
                id,
                nikOf(dasar, typedNik),
                dasar == null ? null : Lenient.text(dasar.nama()),
                dasar == null || dasar.ktp() == null ? null : Lenient.text(dasar.ktp().tagIdCard()),
                dasar == null ? null : Lenient.text(dasar.noKk()),
                dasar == null ? null : Lenient.text(dasar.jenisKelamin()),
                birth == null ? null : Lenient.text(birth.tempatLahir()),
                birth == null ? null : Lenient.date(birth.tanggalLahir()),
                address == null ? null : Lenient.text(address.alamat()),
                address == null ? null : Lenient.text(address.dusun()),
                address == null ? null : Lenient.text(address.rt()),
                address == null ? null : Lenient.text(address.rw()),
                address == null ? null : Lenient.text(address.noTelepon()));
    }

    /** The server's NIK when it sent a valid one; otherwise the one the resident logged in with. */
    private static Nik nikOf(DasarDto dasar, Nik typedNik) {
        String served = dasar == null ? null : Lenient.text(dasar.nik());
        if (served != null && served.matches("\\d{16}")) {
            return new Nik(served);
        }
        return typedNik;
    }
}
