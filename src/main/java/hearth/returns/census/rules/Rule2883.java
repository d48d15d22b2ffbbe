package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A return must not show more protection plans starting in the year than initial conferences held in it. */
@Component
class Rule2883 implements CensusRule {

    @Override
    public String code() {
        return "2883";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        CollectionWindow window = CollectionWindow.of(file, year);
        long plans = 0;
        long conferences = 0;
        for (CensusFile.Child child : file.children()) {
            for (CensusFile.Episode episode : child.episodes()) {
                plans += inWindow(window, episode.protectionPlans().stream().map(CensusFile.ProtectionPlan::startDate));
                // A conference counts where it is recorded, on the episode or on an enquiry.
                conferences += inWindow(window, Stream.concat(Stream.of(episode.dateOfInitialCpc()),
                        episode.section47s().stream().map(CensusFile.Section47::dateOfInitialCpc)));
            }
        }
        if (plans > conferences) {
            breaches.file("CPPstartDate");
        }
    }

    private static long inWindow(CollectionWindow window, Stream<String> dates) {
        return dates.map(ValidatorDates::date).filter(date -> date != null && window.contains(date)).count();
    }
}
