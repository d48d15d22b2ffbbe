package hearth.people;

import hearth.access.ChildNames;
import hearth.platform.PersonId;
import org.springframework.stereotype.Component;

/** Case file pages name their child as the person index records them. */
@Component
class ChildNamesFromThePersonIndex implements ChildNames {

    private final PersonIndex people;

    ChildNamesFromThePersonIndex(PersonIndex people) {
        this.people = people;
    }

    @Override
    public String of(PersonId childId) {
        return people.find(childId).map(Person::name).orElse(null);
    }
}
