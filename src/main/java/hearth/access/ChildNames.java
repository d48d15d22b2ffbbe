package hearth.access;

import hearth.platform.PersonId;

/**
 * The name a page of a child's case file shows for the child, told by the capability that
 * records people (which itself depends on {@code access}, so it implements this).
 */
public interface ChildNames {

    /** @return the child's name as staff know it, or null when there is no such person */
    String of(PersonId childId);
}
