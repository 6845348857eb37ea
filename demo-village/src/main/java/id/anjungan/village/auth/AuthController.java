package id.anjungan.village.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.village.VillageProperties;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.http.JsonApi;
import id.anjungan.village.http.RequestInput;
import id.anjungan.village.http.Validator;
import id.anjungan.village.penduduk.MandiriAccount;
import id.anjungan.village.penduduk.Resident;
import id.anjungan.village.penduduk.ResidentProfileJson;
import id.anjungan.village.penduduk.ResidentRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code auth/login}, {@code auth/logout} and {@code auth/change-pin} (contract §1.2-1.5). */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ResidentRepository residents;
    private final PinHasher pins;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final ObjectMapper mapper;
    private final VillageProperties properties;
    private final Clock clock;

    AuthController(ResidentRepository residents, PinHasher pins, TokenService tokens, LoginThrottle throttle,
            ObjectMapper mapper, VillageProperties properties, Clock clock) {
        this.residents = residents;
        this.pins = pins;
        this.tokens = tokens;
        this.throttle = throttle;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/login")
    Map<String, Object> login(HttpServletRequest request) {
        RequestInput input = RequestInput.read(request, mapper, properties.maxBodyBytes());
        Validator v = new Validator(input);
        if (v.required("credential")) {
            v.string("credential");
        }
        if (v.required("password")) {
            v.string("password");
        }
        v.throwIfInvalid();

        String credential = input.text("credential");
        String key = LoginThrottle.key(credential, request.getRemoteAddr());
        if (throttle.tooManyAttempts(key)) {
            throw ApiException.fail(403, "Terlalu banyak upaya masuk. Silahkan coba lagi dalam "
                    + throttle.availableIn(key) + " detik.");
        }
        Optional<Resident> resident = EMAIL.matcher(credential).matches()
                ? residents.findByEmail(credential) : residents.findByNik(credential);
        Optional<MandiriAccount> account = resident.flatMap(r -> residents.account(r.id()));
        if (account.isEmpty() || !pins.matches(input.text("password"), account.get().pinHash())) {
            throttle.hit(key);
            throw ApiException.fail(401, "Identitas tersebut tidak cocok dengan data kami.");
        }
        throttle.clear(key);
        long id = resident.get().id();
        if (pins.isLegacy(account.get().pinHash())) {
            residents.rehashPin(id, pins.bcrypt(input.text("password")));
        }
        residents.recordLogin(id, LocalDateTime.now(clock.withZone(properties.zone())).toString());

        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("access_token", JsonApi.attributes("token", tokens.issue(id, request.getRequestURL().toString()),
                "token_type", "Bearer", "expires_in", tokens.ttlSeconds()));
        attrs.put("ganti_pin", account.get().mustChangePin() ? 1 : 0);
        ResidentProfileJson.putProfile(attrs, resident.get(), LocalDate.now(clock.withZone(properties.zone())));
        return JsonApi.document(JsonApi.resource("penduduk", id, attrs));
    }

    @PostMapping("/logout")
    Map<String, Object> logout(HttpServletRequest request) {
        tokens.revoke(CurrentResident.token(request));
        return JsonApi.attributes("code", 200, "messages", "Successfully logged out");
    }

    @PostMapping("/change-pin")
    Map<String, Object> changePin(HttpServletRequest request) {
        long id = CurrentResident.id(request);
        RequestInput input = RequestInput.read(request, mapper, properties.maxBodyBytes());
        Validator v = new Validator(input);
        if (v.required("pin")) {
            v.numeric("pin");
        }
        if (v.required("password")) {
            v.numeric("password").confirmed("password").different("password", "pin");
        }
        v.throwIfInvalid();
        MandiriAccount account = residents.account(id).orElseThrow(ApiException::unauthenticated);
        if (!pins.matches(input.text("pin"), account.pinHash())) {
            throw ApiException.fail(403, "Pin lama yang anda masukkan tidak sesuai.");
        }
        residents.storePin(id, pins.bcrypt(input.text("password")), false);
        return JsonApi.attributes("code", 200, "messages", "Pin anda berhasil dirubah.");
    }
}
