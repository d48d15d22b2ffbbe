package hearth.people;

import hearth.reference.CodeLists;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns a person's codes (ethnicity, language, disability) into the words shown on screen. */
@Component
public class PersonLabels {

    private final CodeLists codes;
    private final Languages languages;

    PersonLabels(CodeLists codes, Languages languages) {
        this.codes = codes;
        this.languages = languages;
    }

    public Labels of(Person person) {
        return new Labels(codes.label(CodeLists.ETHNICITY, person.ethnicity()), languages.label(person.firstLanguage()),
                person.disabilities().stream().map(d -> codes.label(CodeLists.DISABILITY, d)).toList());
    }

    public record Labels(String ethnicity, String language, List<String> disabilities) {
    }
}
