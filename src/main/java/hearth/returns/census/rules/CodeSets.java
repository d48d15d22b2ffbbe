package hearth.returns.census.rules;

import hearth.reference.CodeLists;
import java.util.Set;
import java.util.stream.Collectors;

/** A DfE code list from the census schema as a set, for rules that look a code up once per part. */
final class CodeSets {

    private CodeSets() {
    }

    static Set<String> of(CodeLists codes, String type) {
        return codes.list(type).stream().map(CodeLists.Code::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the set holds the value; a missing value is in no list. */
    static boolean holds(Set<String> codes, String value) {
        return value != null && codes.contains(value);
    }
}
