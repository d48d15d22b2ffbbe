package hearth.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Picks items at random in proportion to their weights. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> add(T item, double weight) {
        total += weight;
        items.add(item);
        cumulative.add(total);
        return this;
    }

    T pick(RandomGenerator random) {
        double r = random.nextDouble() * total;
        int low = 0;
        int high = cumulative.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative.get(mid) < r) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return items.get(low);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
