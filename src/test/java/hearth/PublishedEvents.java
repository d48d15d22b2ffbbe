package hearth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every domain event published, from any thread, so a race test can count that the winner
 * published once and the loser not at all. Part of the one shared test context.
 */
@Component
public class PublishedEvents {

    private final List<Object> published = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getPackageName().startsWith("hearth")) {
            published.add(event);
        }
    }

    public <E> long count(Class<E> kind, Predicate<E> about) {
        return published.stream().filter(kind::isInstance).map(kind::cast).filter(about).count();
    }
}
