package hearth.returns.census;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** A census file that is not well-formed XML: the message says where and why, on one line. */
public final class MalformedCensusFile extends RuntimeException {

    private MalformedCensusFile(String message, Throwable cause) {
        super(message, cause);
    }

    static MalformedCensusFile of(XMLStreamException e) {
        // The JDK's message starts "ParseError at [row,col]:[3,5]" and puts the reason after "Message: ".
        String reason = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int said = reason.indexOf("Message: ");
        if (said >= 0) {
            reason = reason.substring(said + "Message: ".length());
        }
        reason = reason.replaceAll("\\s+", " ").strip();
        Location at = e.getLocation();
        String where = at == null || at.getLineNumber() < 0 ? ""
                : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new MalformedCensusFile("Not a well-formed census XML file" + where + ": " + reason, e);
    }
}
