package hearth.assessment.web;

import hearth.assessment.NeglectTool;
import hearth.assessment.NeglectToolDefinition;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A line chart of each domain's average grade over the completions, laid out here so the
 * template only draws it. Grade 1 (needs met) is at the top, so a line going up is better.
 */
public record NeglectChart(List<Series> series, List<Tick> dates, List<Tick> grades) {

    public static final int LEFT = 60;
    public static final int RIGHT = 460;
    public static final int TOP = 30;
    public static final int STEP = 60;
    private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#5694ca", "#b58840"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy");

    public record Series(String name, String colour, String points, List<Point> markers, int legendY) {
    }

    public record Point(int x, int y, double value) {
    }

    public record Tick(int position, String label) {
    }

    static NeglectChart of(NeglectToolDefinition tool, List<NeglectTool.Completion> completions) {
        int n = completions.size();
        List<Tick> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(new Tick(x(i, n), DAY.format(completions.get(i).completedOn())));
        }
        List<Tick> grades = new ArrayList<>();
        for (int g = 1; g <= NeglectToolDefinition.GRADES; g++) {
            grades.add(new Tick(y(g), String.valueOf(g)));
        }
        List<Series> series = new ArrayList<>();
        for (NeglectToolDefinition.Domain domain : tool.domains()) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double average = completions.get(i).domainAverages().get(domain.id());
                if (average != null) {
                    points.add(new Point(x(i, n), y(average), average));
                }
            }
            int index = series.size();
            series.add(new Series(domain.name(), COLOURS[index % COLOURS.length],
                    points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" ")), points,
                    TOP + 10 + index * 24));
        }
        return new NeglectChart(series, dates, grades);
    }

    private static int x(int index, int count) {
        return count == 1 ? (LEFT + RIGHT) / 2 : LEFT + 20 + index * (RIGHT - LEFT - 40) / (count - 1);
    }

    private static int y(double grade) {
        return (int) Math.round(TOP + (grade - 1) * STEP);
    }
}
