package hearth.platform;

/**
 * An enum whose constants have words for people: {@code label()} (which templates call as
 * {@code x.label()}) reads them from labels.properties, keyed by the enum's canonical name
 * and the constant. One file holds all of them, instead of a label field, constructor and
 * getter written again in every enum, and it is where the wording is reviewed or changed.
 * {@code LabelledTests} checks that every constant of every such enum has its words.
 */
public interface Labelled {

    String name();

    Class<?> getDeclaringClass();

    default String label() {
        String key = getDeclaringClass().getCanonicalName() + "." + name();
        String label = Labels.ALL.getProperty(key);
        if (label == null) {
            throw new IllegalStateException("labels.properties has no " + key);
        }
        return label;
    }
}
