package id.anjungan.village;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts demo-village: an OpenSID REST API v1 look-alike for demos, training and tests. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DemoVillageApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoVillageApplication.class, args);
    }
}
