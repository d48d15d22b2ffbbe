package hearth.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Binds a typed id from an address or a form ({@code @PathVariable PersonId id}). Text that
 * is not an id fails conversion as a UUID would, which the error advice turns into a 400.
 */
final class TypedIds implements ConverterFactory<String, TypedId> {

    @Override
    public <T extends TypedId> Converter<String, T> getConverter(Class<T> type) {
        Constructor<T> constructor = canonical(type);
        return text -> text.isBlank() ? null : create(constructor, TypedId.parse(text));
    }

    private static <T extends TypedId> Constructor<T> canonical(Class<T> type) {
        try {
            return type.getDeclaredConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " is a TypedId without a (UUID) constructor", e);
        }
    }

    private static <T> T create(Constructor<T> constructor, UUID value) {
        try {
            return constructor.newInstance(value);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
