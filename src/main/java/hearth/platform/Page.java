package hearth.platform;

import java.util.List;

/**
 * One page of a long list, numbered from 1, with the total so a page can say "21 to 40 of
 * 130" and link to the others (GOV.UK pagination, {@code ?page=2}, no JavaScript needed).
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    /** The page asked for, moved onto the list: below 1 is the first page, past the end the last. */
    public static int within(int requested, int size, long total) {
        return Math.max(1, Math.min(requested, lastOf(size, total)));
    }

    public static long offset(int number, int size) {
        return (long) (number - 1) * size;
    }

    public int pages() {
        return lastOf(size, total);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The position in the whole list of the first row on this page, counted from 1. */
    public long first() {
        return total == 0 ? 0 : offset(number, size) + 1;
    }

    public long last() {
        return Math.min(total, offset(number, size) + size);
    }

    private static int lastOf(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
