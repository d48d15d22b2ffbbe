package hearth.timeliness;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused timescale into Spring Boot's "APPLICATION FAILED TO START" report, so the
 * person starting Hearth reads which property to change instead of a stack trace.
 */
class TimescaleRefusedAnalyzer extends AbstractFailureAnalyzer<Timescales.TimescaleRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Timescales.TimescaleRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Change the property in the council's configuration (see docs/operations.md, Timescales) and start"
                        + " Hearth again.", cause);
    }
}
