package hearth.returns.census;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.HearthTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class CensusFileCheckIntegrationTests {

    @Autowired CensusValidation application;

    @Test
    void theFileCheckWithoutTheDatabaseRunsEveryRuleTheApplicationRuns() {
        assertThat(CensusFileCheck.validation().codes()).hasSizeGreaterThan(100)
                .containsExactlyElementsOf(application.codes());
    }
}
