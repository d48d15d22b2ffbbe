package hearth.casework.web;

import hearth.access.RecordRestrictions;
import hearth.platform.FormVersion;
import hearth.platform.PostedId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Restricting a record or changing who is named: the people ticked, one more added by
 * username, the reason, and the version of the restriction the form was opened at.
 */
record RestrictionForm(List<String> named, String add, String reason, String version) {

    /** The people ticked; a mangled id is left out. */
    List<UUID> namedIds() {
        return named == null ? List.of() : named.stream().map(PostedId::of).filter(Objects::nonNull).toList();
    }

    RecordRestrictions.Naming naming() {
        return new RecordRestrictions.Naming(namedIds(), add);
    }

    int restrictionVersion() {
        return FormVersion.of(version);
    }
}
