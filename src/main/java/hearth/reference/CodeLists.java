package hearth.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Department for Education's code lists (ethnicity, disability, referral source,
 * category of abuse...), read from the CIN census schema itself so that Hearth records
 * exactly the codes the census will accept.
 */
@Component
public class CodeLists {

    public static final String ETHNICITY = "ethnicitytype";
    public static final String DISABILITY = "disabilitytype";

    private final Map<String, List<Code>> lists;

    public CodeLists() {
        this(new ClassPathResource("reference/CIN_schema_2026.xsd"));
    }

    CodeLists(ClassPathResource schema) {
        try (InputStream in = schema.getInputStream()) {
            this.lists = Collections.unmodifiableMap(read(in));
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("Cannot read the DfE code lists from " + schema.getPath(), e);
        }
    }

    public List<Code> list(String type) {
        return lists.getOrDefault(type, List.of());
    }

    public Optional<Code> find(String type, String code) {
        return list(type).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean contains(String type, String code) {
        return find(type, code).isPresent();
    }

    public String label(String type, String code) {
        return find(type, code).map(Code::label).orElse(code);
    }

    private static Map<String, List<Code>> read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        String type = null;
        String code = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "simpleType" -> type = xml.getAttributeValue(null, "name") != null
                            ? xml.getAttributeValue(null, "name") : type;
                    case "enumeration" -> {
                        code = xml.getAttributeValue(null, "value");
                        lists.computeIfAbsent(type, t -> new ArrayList<>()).add(new Code(code, code));
                    }
                    case "documentation" -> text.setLength(0);
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && "documentation".equals(xml.getLocalName())
                    && code != null && type != null) {
                List<Code> list = lists.get(type);
                list.set(list.size() - 1, new Code(code, text.toString().strip()));
            } else if (event == XMLStreamConstants.END_ELEMENT && "enumeration".equals(xml.getLocalName())) {
                code = null;
            }
        }
        return lists;
    }

    public record Code(String code, String label) {
    }
}
