package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.frontdoor.ThresholdLevel;
import hearth.oversight.RecordQuality;
import hearth.people.PersonKind;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

class LabelledTests {

    @Test
    void everyConstantOfEveryLabelledEnumHasItsWords() {
        List<Class<?>> labelled = labelledEnums();
        assertThat(labelled).contains(PersonKind.class, RecordQuality.Check.class);
        for (Class<?> type : labelled) {
            for (Object constant : type.getEnumConstants()) {
                assertThat(((Labelled) constant).label()).as(type.getName() + "." + constant).isNotBlank();
            }
        }
    }

    @Test
    void theWordsAreTheOnesUsersHaveAlwaysSeen() {
        assertThat(PersonKind.UNBORN.label()).isEqualTo("Unborn child");
        assertThat(RecordQuality.Check.NO_CHILDS_WORDS.label())
                .isEqualTo("No child's words in the latest visit or assessment");
        assertThat(ClockKind.INITIAL_CONFERENCE.label()).isEqualTo("Initial child protection conference");
        assertThat(ThresholdLevel.CHILD_IN_NEED.label()).isEqualTo("Level 3: child in need (section 17)");
        assertThat(Clocks.State.MET_LATE.label()).isEqualTo("Met late");
    }

    private static List<Class<?>> labelledEnums() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        return scanner.findCandidateComponents("hearth").stream()
                .<Class<?>>map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), null))
                .filter(Class::isEnum).toList();
    }
}
