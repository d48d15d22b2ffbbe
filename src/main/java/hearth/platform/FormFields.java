package hearth.platform;

import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;

/**
 * A form object made from fields kept as text (an autosaved draft, a form kept when a
 * session ended) the same way Spring binds it from a post, so a page shows a draft and
 * a refused post through one form object.
 */
public final class FormFields {

    private FormFields() {
    }

    public static <T> T bind(Class<T> type, Map<String, String> fields) {
        DataBinder binder = new DataBinder(null);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                return fields.get(name);
            }

            @Override
            public Set<String> getNames() {
                return fields.keySet();
            }
        });
        return type.cast(binder.getTarget());
    }
}
