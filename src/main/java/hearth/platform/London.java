package hearth.platform;

import java.time.ZoneId;

/**
 * The council's time zone: every local date and time Hearth shows or reckons from is in
 * it, so it is named once, here, in the module every other can use.
 */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }
}
