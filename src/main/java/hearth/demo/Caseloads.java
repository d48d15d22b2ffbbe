package hearth.demo;

import hearth.access.StaffMember;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shares open cases among qualified workers as a team manager would: each worker has a
 * capacity (newly qualified and part-time workers hold fewer cases, experienced ones more,
 * from about 0.8 to 1.2 of the average) and the next case goes to whoever is furthest below
 * theirs. The demo logins hold a little above the average, so their homes look like a
 * working caseload.
 */
final class Caseloads {

    static final double DEMO_LOGIN_CAPACITY = 1.1;

    private final List<StaffMember> workers;
    private final double[] capacity;
    private final int[] held;

    Caseloads(List<StaffMember> workers, SplittableRandom random) {
        this.workers = List.copyOf(workers);
        this.capacity = new double[workers.size()];
        this.held = new int[workers.size()];
        for (int i = 0; i < capacity.length; i++) {
            capacity[i] = StaffStep.isSynthetic(workers.get(i)) ? 0.8 + 0.4 * random.nextDouble() : DEMO_LOGIN_CAPACITY;
        }
    }

    StaffMember next() {
        int chosen = 0;
        for (int i = 1; i < held.length; i++) {
            if ((held[i] + 1) / capacity[i] < (held[chosen] + 1) / capacity[chosen]) {
                chosen = i;
            }
        }
        held[chosen]++;
        return workers.get(chosen);
    }
}
