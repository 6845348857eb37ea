package id.anjungan.core.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UI's bundles are checked against {@link Sentences}; a sentence made anywhere else would escape that check. */
class OnlySentencesMakesSentencesTest {

    @Test
    void noMainClassButSentencesMakesASaid() {
        JavaClasses core = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("id.anjungan.core");

        noClasses().that().doNotHaveFullyQualifiedName(Sentences.class.getName())
                .and().doNotHaveFullyQualifiedName(Said.class.getName())
                .should().callMethod(Said.class, "of", String.class, String.class, Object[].class)
                .orShould().callConstructor(Said.class, String.class, List.class, String.class)
                .because("every resident sentence must be in Sentences, which kiosk-ui's CoreSentencesTest checks")
                .check(core);
    }
}
