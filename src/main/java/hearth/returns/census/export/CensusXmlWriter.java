package hearth.returns.census.export;

import hearth.platform.PersonId;
import hearth.returns.census.CensusFile;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a census file child by child with the JDK's StAX, each element in the order the DfE
 * schema's sequences give, leaving out absent optional elements. {@link EpisodeBlock}s add their
 * elements at the end of each {@code CINdetails}.
 */
public final class CensusXmlWriter implements AutoCloseable {

    private final XMLStreamWriter xml;
    private final List<EpisodeBlock> blocks;

    public CensusXmlWriter(OutputStream out, List<EpisodeBlock> blocks) throws XMLStreamException {
        // Through a buffered Writer: the JDK's writer for a stream hands it one byte at a time.
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(new BufferedWriter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        this.blocks = List.copyOf(blocks);
    }

    public void start(CensusFile.Header h) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Message");
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        element("Collection", h.collection());
        element("Year", h.year());
        element("ReferenceDate", h.referenceDate());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        element("SourceLevel", h.sourceLevel());
        element("LEA", h.lea());
        element("SoftwareCode", h.softwareCode());
        element("Release", h.release());
        element("SerialNo", h.serialNo());
        element("DateTime", h.dateTime());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Children");
        xml.writeCharacters("\n");
    }

    /** One child; {@code person} is Hearth's id, for the blocks. */
    public void child(PersonId person, CensusFile.Child child) throws XMLStreamException {
        xml.writeStartElement("Child");
        CensusFile.Identifiers i = child.identifiers();
        xml.writeStartElement("ChildIdentifiers");
        element("LAchildID", i.laChildId());
        element("UPN", i.upn());
        element("FormerUPN", i.formerUpn());
        element("UPNunknown", i.upnUnknown());
        element("PersonBirthDate", i.personBirthDate());
        element("ExpectedPersonBirthDate", i.expectedPersonBirthDate());
        element("Sex", i.sex());
        element("PersonDeathDate", i.personDeathDate());
        xml.writeEndElement();
        xml.writeStartElement("ChildCharacteristics");
        element("Ethnicity", child.characteristics().ethnicity());
        list("Disabilities", "Disability", child.characteristics().disabilities());
        xml.writeEndElement();
        for (CensusFile.Episode episode : child.episodes()) {
            episode(person, episode);
        }
        xml.writeEndElement();
        // One child a line, so that a schema error's line number leads to the child.
        xml.writeCharacters("\n");
    }

    private void episode(PersonId person, CensusFile.Episode e) throws XMLStreamException {
        xml.writeStartElement("CINdetails");
        element("CINreferralDate", e.cinReferralDate());
        element("ReferralSource", e.referralSource());
        element("PrimaryNeedCode", e.primaryNeedCode());
        element("CINclosureDate", e.cinClosureDate());
        element("ReasonForClosure", e.reasonForClosure());
        element("DateOfInitialCPC", e.dateOfInitialCpc());
        for (CensusFile.Assessment a : e.assessments()) {
            xml.writeStartElement("Assessments");
            element("AssessmentActualStartDate", a.actualStartDate());
            element("AssessmentInternalReviewDate", a.internalReviewDate());
            element("AssessmentAuthorisationDate", a.authorisationDate());
            list("FactorsIdentifiedAtAssessment", "AssessmentFactors", a.factors());
            xml.writeEndElement();
        }
        for (CensusFile.CinPlan p : e.cinPlans()) {
            xml.writeStartElement("CINPlanDates");
            element("CINPlanStartDate", p.startDate());
            element("CINPlanEndDate", p.endDate());
            xml.writeEndElement();
        }
        for (CensusFile.Section47 s : e.section47s()) {
            xml.writeStartElement("Section47");
            element("S47ActualStartDate", s.actualStartDate());
            element("InitialCPCtarget", s.initialCpcTarget());
            element("DateOfInitialCPC", s.dateOfInitialCpc());
            element("ICPCnotRequired", s.icpcNotRequired());
            xml.writeEndElement();
        }
        element("ReferralNFA", e.referralNfa());
        for (CensusFile.ProtectionPlan p : e.protectionPlans()) {
            xml.writeStartElement("ChildProtectionPlans");
            element("CPPstartDate", p.startDate());
            element("CPPendDate", p.endDate());
            element("InitialCategoryOfAbuse", p.initialCategoryOfAbuse());
            element("LatestCategoryOfAbuse", p.latestCategoryOfAbuse());
            element("NumberOfPreviousCPP", p.numberOfPreviousCpp());
            list("Reviews", "CPPreviewDate", p.reviewDates());
            xml.writeEndElement();
        }
        for (EpisodeBlock block : blocks) {
            block.write(xml, person, e);
        }
        xml.writeEndElement();
    }

    /** Ends the document; the stream stays open for its owner to close. */
    public void finish() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void element(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }

    /** A wrapper element holding one element per value, left out when there are none. */
    private void list(String wrapper, String name, List<String> values) throws XMLStreamException {
        if (!values.isEmpty()) {
            xml.writeStartElement(wrapper);
            for (String value : values) {
                element(name, value);
            }
            xml.writeEndElement();
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
