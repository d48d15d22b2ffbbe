package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A part of a child's record with the number the validator gives it: its place in its episode,
 * counted from 1, as its reader numbers AssessmentID and CPPID. Rules that group a child's parts
 * by that number (not by episode) do so across episodes, and Hearth must group them the same way.
 */
record Numbered<T>(T part, int id) {

    static <T> List<Numbered<T>> across(CensusFile.Child child, Function<CensusFile.Episode, List<T>> parts) {
        List<Numbered<T>> numbered = new ArrayList<>();
        for (CensusFile.Episode episode : child.episodes()) {
            List<T> inEpisode = parts.apply(episode);
            for (int i = 0; i < inEpisode.size(); i++) {
                numbered.add(new Numbered<>(inEpisode.get(i), i + 1));
            }
        }
        return numbered;
    }
}
