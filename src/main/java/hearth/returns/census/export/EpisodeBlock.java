package hearth.returns.census.export;

import hearth.platform.PersonId;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A block a later capability adds inside each {@code CINdetails}, after
 * {@code ChildProtectionPlans} (as the 2026-27 {@code PreProceedingsandFGDM} will be): a Spring
 * bean implementing this is found by the export and called for every episode, in its
 * {@code @Order}, with nothing else changed. A block that needs data reads it once in
 * {@link #start} as a set (the export runs one pass over a national-size year) and keeps its
 * codes in one configurable place.
 */
public interface EpisodeBlock {

    /** Whether the block belongs to that year's schema; the export validates against the year's XSD. */
    boolean appliesTo(CensusYear year);

    /** Called once before the first child, to read the block's data for the year. */
    default void start(CensusYear year) {
    }

    /** Writes the block's elements (zero or more) for one episode of the child. */
    void write(XMLStreamWriter xml, PersonId child, CensusFile.Episode episode) throws XMLStreamException;
}
