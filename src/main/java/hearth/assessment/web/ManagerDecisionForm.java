package hearth.assessment.web;

import hearth.platform.FormVersion;

/** A manager authorising a submitted assessment or returning it, at the version they read. */
record ManagerDecisionForm(String version, String returnReason) {

    int assessmentVersion() {
        return FormVersion.of(version);
    }
}
