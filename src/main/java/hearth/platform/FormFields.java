package hearth.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A form's fields as text by name: posted (a handler takes a {@code FormFields} argument),
 * autosaved as a draft, or kept when a session ended. A form object is made from them the
 * same way Spring binds it from a post, so a page shows a draft and a refused post through
 * one form object. Fields whose names carry an id ({@code progress-<id>}) or a row number
 * ({@code outcome<n>Indicator}) keep those names, which links, tests and partners post; a
 * form object reads them with {@link #keyed} and {@link #rows}.
 */
public final class FormFields {

    private final Map<String, List<String>> fields;

    private FormFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** Fields kept as text, one value by name (a draft, a kept form). */
    public static FormFields of(Map<String, String> fields) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        fields.forEach((name, value) -> all.put(name, value == null ? List.of() : List.of(value)));
        return new FormFields(all);
    }

    static FormFields posted(Map<String, String[]> parameters) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        parameters.forEach((name, values) -> all.put(name, List.of(values)));
        return new FormFields(all);
    }

    /** {@link #bindWith(Class, Map)} on fields kept as text, for a form without fields by id or row. */
    public static <T> T bind(Class<T> type, Map<String, String> fields) {
        return of(fields).bindWith(type, Map.of());
    }

    /** @return the field's first value, or null when it was not posted */
    public String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a field posted more than once (a group of checkboxes), in the order posted. */
    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** The fields named {@code <prefix><key>}, by key: {@code keyed("progress-")} gives each outcome's progress. */
    public Map<String, String> keyed(String prefix) {
        Map<String, String> keyed = new LinkedHashMap<>();
        fields.keySet().stream().filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                .forEach(name -> keyed.put(name.substring(prefix.length()), get(name)));
        return keyed;
    }

    /**
     * Rows {@code first} to {@code last} of fields named {@code <prefix><n><Name>}, each bound to the row's
     * form object by {@code name} ({@code outcome2TargetDateDay} is row 2's {@code targetDateDay}),
     * and a field named just {@code <prefix><n>} by {@code prefix} ({@code action2} is row 2's
     * {@code action}).
     */
    public <T> List<T> rows(String prefix, int first, int last, Class<T> row) {
        List<T> rows = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            String rowPrefix = prefix + n;
            Map<String, List<String>> named = new LinkedHashMap<>();
            fields.forEach((name, values) -> {
                if (name.equals(rowPrefix)) {
                    named.put(prefix, values);
                } else if (name.startsWith(rowPrefix) && Character.isUpperCase(name.charAt(rowPrefix.length()))) {
                    String rest = name.substring(rowPrefix.length());
                    named.put(Character.toLowerCase(rest.charAt(0)) + rest.substring(1), values);
                }
            });
            rows.add(new FormFields(named).bindWith(row, Map.of()));
        }
        return rows;
    }

    /** The same fields without the values left blank, for a form where a blank box is no answer. */
    public FormFields withoutBlanks() {
        Map<String, List<String>> answered = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!given.isEmpty()) {
                answered.put(name, given);
            }
        });
        return new FormFields(answered);
    }

    /** One value by name, for a draft. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        fields.forEach((name, values) -> map.put(name, values.isEmpty() ? null : values.get(0)));
        return map;
    }

    /** A form object's text fields by name, as a draft keeps them (and {@link #bind} makes the form again). */
    public static Map<String, String> text(Record form) {
        Map<String, String> text = new LinkedHashMap<>();
        for (RecordComponent field : form.getClass().getRecordComponents()) {
            if (field.getType() == String.class) {
                ReflectionUtils.makeAccessible(field.getAccessor());
                text.put(field.getName(), (String) ReflectionUtils.invokeMethod(field.getAccessor(), form));
            }
        }
        return text;
    }

    /**
     * The form object, its constructor's arguments bound by name as Spring binds a post, and
     * the ones in {@code read} (the fields by id or row the form read itself) given as they are.
     */
    public <T> T bindWith(Class<T> type, Map<String, ?> read) {
        DataBinder binder = new DataBinder(null);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                if (read.containsKey(name)) {
                    return read.get(name);
                }
                List<String> values = fields.get(name);
                if (values == null) {
                    return null;
                }
                boolean many = Collection.class.isAssignableFrom(paramType) || paramType.isArray();
                return many ? values.toArray(String[]::new) : values.isEmpty() ? null : values.get(0);
            }

            @Override
            public Set<String> getNames() {
                Set<String> names = new LinkedHashSet<>(fields.keySet());
                names.addAll(read.keySet());
                return names;
            }
        });
        return type.cast(binder.getTarget());
    }

    /** Gives a handler that takes {@code FormFields} the request's posted fields. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == FormFields.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            return posted(request.getParameterMap());
        }
    }
}
