package hearth.returns.census;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a census XML file from any system into a {@link CensusFile}, streaming (no tree in
 * memory), and seeing exactly what the councils' validator (csc-validator-be-cin 0.1.9) sees, so
 * both report the same children:
 * <ul>
 * <li>a value is the element's text as written, untrimmed; an absent or empty element is null;
 * <li>where a single element is expected, the first one counts and later ones are ignored;
 * <li>repeated blocks ({@code Child}, {@code CINdetails}, {@code Assessments}, ...) are kept in
 * file order, only those directly inside their parent; the first {@code Children} counts;
 * <li>{@code Disabilities} and {@code FactorsIdentifiedAtAssessment} hold every element inside
 * them, whatever its name; an empty one is "" (the lists hold no nulls);
 * <li>a {@code Reviews} block gives one review date, its first {@code CPPreviewDate} (as the
 * validator reads it), and a block without one gives none.
 * </ul>
 * Element names are matched without their namespace. DTDs and external entities are refused.
 */
public final class CensusXmlReader {

    private static final XMLInputFactory FACTORY = factory();
    private static final int SHARED_TEXT_LENGTH = 12;
    private static final int SHARED_TEXT_LIMIT = 200_000;

    private final XMLStreamReader xml;
    private final CountingStream counted;
    private final LongConsumer bytesRead;
    /** Dates and codes repeat across children: one copy each keeps a national file in memory. */
    private final Map<String, String> shared = new HashMap<>();

    private CensusXmlReader(XMLStreamReader xml, CountingStream counted, LongConsumer bytesRead) {
        this.xml = xml;
        this.counted = counted;
        this.bytesRead = bytesRead;
    }

    public static CensusFile read(Path path) throws IOException {
        return read(path, bytes -> { });
    }

    /** Reads the file, telling {@code bytesRead} how far it has got after each child. */
    public static CensusFile read(Path path, LongConsumer bytesRead) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, bytesRead);
        }
    }

    /** @throws MalformedCensusFile when the XML is not well formed, with where and why on one line */
    public static CensusFile read(InputStream in, LongConsumer bytesRead) {
        CountingStream counted = new CountingStream(new BufferedInputStream(in, 1 << 16));
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(counted);
            try {
                return new CensusXmlReader(xml, counted, bytesRead).message();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw MalformedCensusFile.of(e);
        }
    }

    private CensusFile message() throws XMLStreamException {
        Block header = null;
        List<CensusFile.Child> children = null;
        toRoot();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("Header") && header == null) {
                header = header();
            } else if (name.equals("Children") && children == null) {
                children = children();
            } else {
                skip();
            }
        }
        finish();
        Block empty = new Block();
        return new CensusFile(headerOf(header != null ? header : empty), children != null ? children : List.of());
    }

    private Block header() throws XMLStreamException {
        Block header = new Block();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ((name.equals("CollectionDetails") || name.equals("Source")) && !header.blocks.containsKey(name)) {
                header.blocks.put(name, leaves());
            } else {
                skip();
            }
        }
        return header;
    }

    private static CensusFile.Header headerOf(Block header) {
        Block details = header.block("CollectionDetails");
        Block source = header.block("Source");
        return new CensusFile.Header(details.text("Collection"), details.text("Year"), details.text("ReferenceDate"),
                source.text("SourceLevel"), source.text("LEA"), source.text("SoftwareCode"), source.text("Release"),
                source.text("SerialNo"), source.text("DateTime"));
    }

    private List<CensusFile.Child> children() throws XMLStreamException {
        List<CensusFile.Child> children = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("Child")) {
                children.add(child());
                bytesRead.accept(counted.count);
            } else {
                skip();
            }
        }
        return children;
    }

    private CensusFile.Child child() throws XMLStreamException {
        Block identifiers = null;
        Block characteristics = null;
        List<CensusFile.Episode> episodes = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("ChildIdentifiers") && identifiers == null) {
                identifiers = leaves();
            } else if (name.equals("ChildCharacteristics") && characteristics == null) {
                characteristics = blockWithLists("Disabilities");
            } else if (name.equals("CINdetails")) {
                episodes.add(episode());
            } else {
                skip();
            }
        }
        Block ids = identifiers != null ? identifiers : new Block();
        Block traits = characteristics != null ? characteristics : new Block();
        return new CensusFile.Child(
                new CensusFile.Identifiers(ids.text("LAchildID"), ids.text("UPN"), ids.text("FormerUPN"),
                        ids.text("UPNunknown"), ids.text("PersonBirthDate"), ids.text("ExpectedPersonBirthDate"),
                        ids.text("Sex"), ids.text("PersonDeathDate")),
                new CensusFile.Characteristics(traits.text("Ethnicity"), traits.list("Disabilities")), episodes, null);
    }

    private CensusFile.Episode episode() throws XMLStreamException {
        Block episode = new Block();
        List<CensusFile.Assessment> assessments = new ArrayList<>();
        List<CensusFile.CinPlan> plans = new ArrayList<>();
        List<CensusFile.Section47> enquiries = new ArrayList<>();
        List<CensusFile.ProtectionPlan> protectionPlans = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "Assessments" -> assessments.add(assessment(blockWithLists("FactorsIdentifiedAtAssessment")));
                case "CINPlanDates" -> plans.add(cinPlan(leaves()));
                case "Section47" -> enquiries.add(section47(leaves()));
                case "ChildProtectionPlans" -> protectionPlans.add(protectionPlan());
                default -> episode.leaf(this);
            }
        }
        return new CensusFile.Episode(episode.text("CINreferralDate"), episode.text("ReferralSource"),
                episode.text("PrimaryNeedCode"), episode.text("CINclosureDate"), episode.text("ReasonForClosure"),
                episode.text("DateOfInitialCPC"), assessments, plans, enquiries, episode.text("ReferralNFA"),
                protectionPlans, null);
    }

    private static CensusFile.Assessment assessment(Block block) {
        return new CensusFile.Assessment(block.text("AssessmentActualStartDate"),
                block.text("AssessmentInternalReviewDate"), block.text("AssessmentAuthorisationDate"),
                block.list("FactorsIdentifiedAtAssessment"), null);
    }

    private static CensusFile.CinPlan cinPlan(Block block) {
        return new CensusFile.CinPlan(block.text("CINPlanStartDate"), block.text("CINPlanEndDate"), null);
    }

    private static CensusFile.Section47 section47(Block block) {
        return new CensusFile.Section47(block.text("S47ActualStartDate"), block.text("InitialCPCtarget"),
                block.text("DateOfInitialCPC"), block.text("ICPCnotRequired"), null);
    }

    private CensusFile.ProtectionPlan protectionPlan() throws XMLStreamException {
        Block plan = new Block();
        List<String> reviews = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("Reviews")) {
                Block review = leaves();
                if (review.values.containsKey("CPPreviewDate")) {
                    reviews.add(orEmpty(review.text("CPPreviewDate")));
                }
            } else {
                plan.leaf(this);
            }
        }
        return new CensusFile.ProtectionPlan(plan.text("CPPstartDate"), plan.text("CPPendDate"),
                plan.text("InitialCategoryOfAbuse"), plan.text("LatestCategoryOfAbuse"),
                plan.text("NumberOfPreviousCPP"), reviews, null);
    }

    /** A block of single values: the first of each name counts. */
    private Block leaves() throws XMLStreamException {
        Block block = new Block();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            block.leaf(this);
        }
        return block;
    }

    /** A block of single values plus one list element ({@code Disabilities}) whose every element is an item. */
    private Block blockWithLists(String listName) throws XMLStreamException {
        Block block = new Block();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals(listName) && !block.lists.containsKey(listName)) {
                List<String> items = new ArrayList<>();
                while (next() == XMLStreamConstants.START_ELEMENT) {
                    items.add(orEmpty(text()));
                }
                block.lists.put(listName, items);
            } else {
                block.leaf(this);
            }
        }
        return block;
    }

    /**
     * The text of the element the reader is on, up to its first inner element (as the validator's
     * ElementTree reads it), null when there is none; leaves the reader on its end.
     */
    private String text() throws XMLStreamException {
        StringBuilder text = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip();
                skipToEnd();
                break;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return text == null || text.isEmpty() ? null : share(text.toString());
    }

    private String share(String value) {
        if (value.length() > SHARED_TEXT_LENGTH || shared.size() >= SHARED_TEXT_LIMIT) {
            return value;
        }
        return shared.computeIfAbsent(value, v -> v);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Moves to the next element inside the current one, or to the current one's end. */
    private int next() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
        }
    }

    /** Past the prolog (declaration, comments, processing instructions) to the root element. */
    private void toRoot() throws XMLStreamException {
        while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("the file has no XML element");
            }
            xml.next();
        }
    }

    /** Skips the element the reader is on, with everything inside it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Skips what is left of the current element after an inner element. */
    private void skipToEnd() throws XMLStreamException {
        while (next() == XMLStreamConstants.START_ELEMENT) {
            skip();
        }
    }

    /** Reads to the end of the document, so that a fault after the last child is still reported. */
    private void finish() throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    /** The values of one XML block by element name, as the validator's {@code find} sees them. */
    private static final class Block {
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Block> blocks = new HashMap<>();
        private final Map<String, List<String>> lists = new HashMap<>();

        /** Reads the element the reader is on as a value of this block, unless an earlier one has the name. */
        void leaf(CensusXmlReader reader) throws XMLStreamException {
            String name = reader.xml.getLocalName();
            if (values.containsKey(name)) {
                reader.skip();
            } else {
                values.put(name, reader.text());
            }
        }

        String text(String name) {
            return values.get(name);
        }

        Block block(String name) {
            return blocks.getOrDefault(name, new Block());
        }

        List<String> list(String name) {
            return lists.getOrDefault(name, List.of());
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Counts the bytes the parser has taken, for progress through a large file. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
