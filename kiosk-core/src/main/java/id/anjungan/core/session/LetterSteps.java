package id.anjungan.core.session;

import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterForm;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.Requirement;
import id.anjungan.core.session.SessionEvent.Back;
import id.anjungan.core.session.SessionEvent.Confirmed;
import id.anjungan.core.session.SessionEvent.FormSubmitted;
import id.anjungan.core.session.SessionEvent.LetterChosen;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** LETTER FORM → CONFIRM → SUBMITTING: choosing a letter, checking the form locally, confirming. */
final class LetterSteps {

    private final SessionMachine machine;

    LetterSteps(SessionMachine machine) {
        this.machine = machine;
    }

    boolean handle(SessionEvent event) {
        SessionData data = machine.data;
        if (event instanceof LetterChosen chosen && machine.state != SessionState.CONFIRM) {
            choose(chosen.letterTypeId());
            return true;
        }
        if (machine.state == SessionState.LETTER_FORM && event instanceof FormSubmitted form && data.chosen != null) {
            check(form);
            return true;
        }
        if (machine.state == SessionState.CONFIRM && event instanceof Confirmed) {
            new LetterSubmission(machine).submit();
            return true;
        }
        if (event instanceof Back) {
            machine.go(machine.state == SessionState.CONFIRM ? SessionState.LETTER_FORM : SessionState.HOME);
            return true;
        }
        return false;
    }

    private void choose(String letterTypeId) {
        Optional<LetterType> type = machine.data.letterTypes.stream().filter(candidate -> candidate.id().equals(letterTypeId))
                .findFirst();
        if (type.isEmpty() || type.get().letterForm().isEmpty()) {
            machine.message = Sentences.NO_FORM;
            return;
        }
        machine.data.chosen = type.get();
        machine.data.answers = new LinkedHashMap<>();
        machine.data.requirements = new LinkedHashMap<>();
        machine.data.fieldErrors = new LinkedHashMap<>();
        machine.go(SessionState.LETTER_FORM);
    }

    private void check(FormSubmitted submitted) {
        SessionData data = machine.data;
        LetterForm form = data.chosen.letterForm().orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String value = submitted.answers().getOrDefault(field.name(), "").trim();
            answers.put(field.name(), value);
            if (field.required() && value.isEmpty()) {
                errors.put(field.name(), List.of(Sentences.REQUIRED.indonesian()));
            }
        }
        Map<String, String> requirements = new LinkedHashMap<>();
        for (Requirement requirement : form.requirements()) {
            String choice = submitted.requirements().get(requirement.id());
            boolean known = requirement.choices().stream().anyMatch(option -> option.value().equals(choice));
            if (!known) {
                errors.put("syarat." + requirement.id(), List.of(Sentences.CHOOSE_REQUIREMENT.indonesian()));
            }
            requirements.put(requirement.id(), choice == null ? "" : choice);
        }
        data.answers = answers;
        data.requirements = requirements;
        data.fieldErrors = errors;
        if (!errors.isEmpty()) {
            machine.message = Sentences.CHECK_FORM;
            return;
        }
        data.draft = LetterRequestDraft.of(data.chosen, answers, requirements);
        machine.go(SessionState.CONFIRM);
    }
}
