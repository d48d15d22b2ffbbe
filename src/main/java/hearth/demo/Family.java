package hearth.demo;

import hearth.people.PersonKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One synthetic family as it is being made, before it is written. */
final class Family {

    final LocalDate knownSince;
    final NameBook.Heritage heritage;
    final List<Member> adults = new ArrayList<>();
    final List<Member> children = new ArrayList<>();
    Member mother;
    Member father;
    Member partner;

    Family(LocalDate knownSince, NameBook.Heritage heritage) {
        this.knownSince = knownSince;
        this.heritage = heritage;
    }

    List<Member> household() {
        List<Member> all = new ArrayList<>(adults);
        all.addAll(children);
        return all;
    }

    static final class Member {
        final UUID id;
        final PersonKind kind;
        final String forenames;
        final String surname;
        final LocalDate born;
        final LocalDate due;
        final String sex;
        boolean halfSibling;

        Member(UUID id, PersonKind kind, String forenames, String surname, LocalDate born, LocalDate due, String sex) {
            this.id = id;
            this.kind = kind;
            this.forenames = forenames;
            this.surname = surname;
            this.born = born;
            this.due = due;
            this.sex = sex;
        }
    }
}
