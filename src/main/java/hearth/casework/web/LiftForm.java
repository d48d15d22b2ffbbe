package hearth.casework.web;

import hearth.platform.FormVersion;

/** Lifting a restriction: why, at the version of the restriction the form was opened at. */
record LiftForm(String liftReason, String version) {

    int restrictionVersion() {
        return FormVersion.of(version);
    }
}
