package hearth.platform;

/** Someone else saved the record after this user opened it; their change is not overwritten. */
public class ConcurrentEdit extends RuntimeException {

    public ConcurrentEdit(String what) {
        super(what + " was changed by someone else while you were editing it. Your changes have not been saved: "
                + "review the latest version and make them again.");
    }
}
