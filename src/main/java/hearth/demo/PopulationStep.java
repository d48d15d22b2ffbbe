package hearth.demo;

import hearth.insight.ChildPopulation;
import hearth.platform.Progress;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The synthetic child population the partnership's rates are measured against: the
 * council's children in the area shared among its postcode districts, some districts
 * larger than others (a council uploads its own estimates in place of this).
 */
@Component
@Order(60)
class PopulationStep implements GenerationStep {

    private final ChildPopulation population;

    PopulationStep(ChildPopulation population) {
        this.population = population;
    }

    @Override
    public String title() {
        return "Child population by postcode district";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return council.places.districts.size();
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Places.District district : council.places.districts) {
            weights.put(district.outward(), 0.6 + council.random.nextDouble() * 0.8);
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> children = new LinkedHashMap<>();
        weights.forEach((district, weight) -> children.put(district,
                (int) Math.round(council.childrenInArea * weight / total)));
        population.replace(children, "synthetic demo population", null);
        progress.advance(children.size());
    }

    @Override
    public boolean writesRowByRow() {
        return false;
    }
}
