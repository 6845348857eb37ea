package id.anjungan.ui.letter;

import id.anjungan.backend.letter.Requirement;
import id.anjungan.backend.letter.RequirementChoice;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One document the letter needs (syarat). A kiosk has no scanner for uploads, so "bawa bukti fisik ke kantor desa"
 * is always offered and chosen until the resident picks a document uploaded earlier.
 */
public final class RequirementViewModel {

    private final Requirement requirement;
    private final ObjectProperty<RequirementChoice> choice = new SimpleObjectProperty<>();

    RequirementViewModel(Requirement requirement) {
        this.requirement = requirement;
        choice.set(choices().stream().filter(RequirementChoice::bringPaper).findFirst().orElse(null));
    }

    /** The choices, with bringing the paper always among them. */
    public List<RequirementChoice> choices() {
        if (requirement.choices().stream().anyMatch(RequirementChoice::bringPaper)) {
            return requirement.choices();
        }
        return Stream.concat(requirement.choices().stream(), Stream.of(RequirementChoice.BRING_PAPER))
                .toList();
    }

    public Requirement requirement() {
        return requirement;
    }

    public ObjectProperty<RequirementChoice> choice() {
        return choice;
    }
}
