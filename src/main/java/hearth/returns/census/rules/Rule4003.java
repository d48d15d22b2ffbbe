package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A protection plan's review cannot fall while a CIN plan is open (from its start to before its
 * end), unless the review is the day the protection plan ended. As in the councils' validator,
 * reviews belong to a plan by its number within its episode, so the first plan of each episode
 * shares the reviews of every first plan of the child.
 */
@Component
class Rule4003 implements CensusRule {

    @Override
    public String code() {
        return "4003";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        for (List<CensusFile.Child> child : SameIdChildren.of(file)) {
            List<CensusFile.Episode> episodes = SameIdChildren.episodes(child);
            List<CensusFile.CinPlan> plans = episodes.stream().flatMap(e -> e.cinPlans().stream()).toList();
            if (plans.isEmpty()) {
                continue;
            }
            // The review days during an open CIN plan, by plan number: each day checked once.
            List<Set<LocalDate>> duringByNumber = reviewsByPlanNumber(episodes).stream()
                    .map(days -> days.stream().filter(day -> duringPlan(day, plans)).collect(Collectors.toSet()))
                    .toList();
            boolean breaks = false;
            for (CensusFile.Episode episode : episodes) {
                for (int n = 0; n < episode.protectionPlans().size() && !breaks; n++) {
                    LocalDate ended = ValidatorDates.date(episode.protectionPlans().get(n).endDate());
                    Set<LocalDate> during = duringByNumber.get(n);
                    breaks = ended != null && (during.size() > 1 || during.size() == 1 && !during.contains(ended));
                }
            }
            if (breaks) {
                breaches.child(child.get(0), "CPPreviewDate");
            }
        }
    }

    private static List<Set<LocalDate>> reviewsByPlanNumber(List<CensusFile.Episode> episodes) {
        List<Set<LocalDate>> byNumber = new ArrayList<>();
        for (CensusFile.Episode episode : episodes) {
            for (int n = 0; n < episode.protectionPlans().size(); n++) {
                if (byNumber.size() == n) {
                    byNumber.add(new HashSet<>());
                }
                episode.protectionPlans().get(n).reviewDates().stream().map(ValidatorDates::date)
                        .filter(Objects::nonNull).forEach(byNumber.get(n)::add);
            }
        }
        return byNumber;
    }

    private static boolean duringPlan(LocalDate review, List<CensusFile.CinPlan> plans) {
        return plans.stream().anyMatch(plan -> {
            LocalDate start = ValidatorDates.date(plan.startDate());
            LocalDate end = ValidatorDates.date(plan.endDate());
            return start != null && end != null && !review.isBefore(start) && review.isBefore(end);
        });
    }
}
