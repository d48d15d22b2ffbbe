package hearth.people;

import hearth.platform.Labelled;

public enum PersonKind implements Labelled {
    CHILD, UNBORN, ADULT;
}
