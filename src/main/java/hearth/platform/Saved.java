package hearth.platform;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a save tells the user on the page it redirects to: the layout shows it once, as a
 * GOV.UK success banner at the top of the page, with a link down to the entry just made
 * (the page gives that entry the anchor's id), since a new entry is usually below the fold.
 *
 * @param message what was saved, such as "Visit recorded"
 * @param anchor the id of the new entry on the page, or null when there is none to link to
 */
public record Saved(String message, String anchor) {

    /** The flash attribute the layout reads. */
    public static final String ATTRIBUTE = "saved";

    /**
     * Keeps the confirmation for the next page (a flash attribute of the current request)
     * and answers the redirect there.
     */
    public static String redirect(String path, String message, String anchor) {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, new Saved(message, anchor));
        return "redirect:" + path;
    }
}
