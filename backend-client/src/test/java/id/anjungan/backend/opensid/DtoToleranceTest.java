package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OpenSID adds fields from release to release; a DTO that chokes on one would take the kiosk down with it.
 * Finds every record in the implementation package on the main classpath (every one of them is a DTO, by rule)
 * and reads a JSON object with unknown fields into it with the production mapper.
 */
class DtoToleranceTest {

    private static final String UNKNOWN_FIELDS = "{\"zz_field_from_a_newer_opensid\":{\"nested\":[1,\"x\",null]},"
            + "\"zz_another\":42}";

    @Test
    void everyDtoIgnoresUnknownFields() throws Exception {
        List<Class<?>> dtos = dtoRecords();
        List<String> intolerant = new ArrayList<>();

        for (Class<?> dto : dtos) {
            try {
                OpenSidJson.mapper().readValue(UNKNOWN_FIELDS, dto);
            } catch (IOException intolerance) {
                intolerant.add(dto.getSimpleName() + ": " + intolerance.getMessage().lines().findFirst().orElse(""));
            }
        }

        assertThat(dtos).as("the scan must find the DTOs").extracting(Class::getSimpleName)
                .contains("LoginAttributesDto", "JenisSuratDto", "PermohonanDto", "ArsipDto", "ErrorBodyDto", "DocumentDto");
        assertThat(intolerant).as("DTOs that fail on an unknown field").isEmpty();
    }

    @Test
    void theScanSeesOnlyMainClasses() throws Exception {
        assertThat(dtoRecords()).extracting(Class::getSimpleName).doesNotContain("Recorded");
    }

    /** Every record compiled into the main output of this package (not the test classes). */
    static List<Class<?>> dtoRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(OpenSidApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDir = classes.resolve(OpenSidApiClient.class.getPackageName().replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(packageDir)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(OpenSidApiClient.class.getPackageName() + "." + name);
            if (type.isRecord()) {
                records.add(type);
            }
        }
        return records;
    }
}
