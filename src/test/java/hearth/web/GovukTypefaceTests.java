package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GDS Transport is only for GOV.UK domains: every selector of GOV.UK Frontend's stylesheet that
 * sets it is set to Arial by hearth.css, and hearth.css declares no face of its own. Read from
 * the two stylesheets as served, so a new GOV.UK Frontend that names the typeface on a new
 * selector fails here rather than downloading the font.
 */
class GovukTypefaceTests {

    static final String GOVUK_CSS = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
    static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @Test
    void everyGovukSelectorThatNamesGdsTransportIsGivenArial() throws IOException {
        List<String> govuk = selectorsSetting(css(GOVUK_CSS), "GDS Transport");
        assertThat(govuk).as("GOV.UK Frontend's selectors that name the typeface").hasSizeGreaterThan(40)
                .contains(".govuk-body", ".govuk-button", ".govuk-notification-banner", ".govuk-heading-l");

        Set<String> arial = Set.copyOf(selectorsSetting(css("/static/hearth/hearth.css"), "arial, sans-serif"));
        assertThat(govuk).allSatisfy(selector -> assertThat(arial).as("hearth.css gives Arial to").contains(selector));
    }

    @Test
    void hearthDeclaresNoTypefaceOfItsOwn() throws IOException {
        assertThat(css("/static/hearth/hearth.css").replaceAll("(?s)/\\*.*?\\*/", ""))
                .doesNotContain("@font-face").doesNotContain("GDS Transport");
    }

    /** The selectors of the rules (not the @font-face blocks) whose font-family begins with {@code family}. */
    private static List<String> selectorsSetting(String css, String family) {
        String noComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher rule = RULE.matcher(noComments);
        List<String> selectors = new java.util.ArrayList<>();
        while (rule.find()) {
            String selectorText = rule.group(1).replaceFirst("(?s)^.*@media[^{]*$", "").trim();
            boolean sets = Arrays.stream(rule.group(2).split(";"))
                    .anyMatch(d -> d.replaceAll("\\s+", " ").trim().startsWith("font-family: " + family)
                            || d.trim().startsWith("font-family:" + family));
            if (sets && !selectorText.startsWith("@font-face")) {
                selectors.addAll(Arrays.stream(selectorText.split(",")).map(String::trim).collect(Collectors.toList()));
            }
        }
        return selectors;
    }

    private static String css(String resource) throws IOException {
        try (InputStream in = GovukTypefaceTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
