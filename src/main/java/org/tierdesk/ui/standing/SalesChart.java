package org.tierdesk.ui.standing;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * Sales per period as bars, with each tier's volume threshold drawn as a dashed horizontal line across the plot
 * and named at its right end. The y axis stretches to the highest threshold so every line stays in view.
 */
final class SalesChart extends BarChart<String, Number> {
    private final List<Marker> markers = new ArrayList<>();

    private record Marker(double value, Line line, Label label) {
    }

    SalesChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(6);
        getStyleClass().add("sales-chart");
        getXAxis().setTickLabelRotation(-45);
    }

    void show(List<String> periods, List<Number> values, List<ChartThreshold> thresholds, String seriesName) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(seriesName);
        for (int i = 0; i < periods.size(); i++) {
            series.getData().add(new XYChart.Data<>(periods.get(i), values.get(i)));
        }
        ((CategoryAxis) getXAxis()).setCategories(FXCollections.observableArrayList(periods));
        getData().setAll(List.of(series));
        markers.forEach(m -> getPlotChildren().removeAll(m.line(), m.label()));
        markers.clear();
        double top = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        for (ChartThreshold threshold : thresholds) {
            Line line = new Line();
            line.getStyleClass().add("threshold-line");
            Label label = new Label(threshold.label());
            label.getStyleClass().add("threshold-label");
            label.setManaged(false);
            markers.add(new Marker(threshold.perPeriod().doubleValue(), line, label));
            getPlotChildren().addAll(line, label);
            top = Math.max(top, threshold.perPeriod().doubleValue());
        }
        NumberAxis y = (NumberAxis) getYAxis();
        y.setForceZeroInRange(true);
        y.setAutoRanging(true);
        if (!thresholds.isEmpty()) {
            // auto-ranging only looks at the bars; leave a margin above the highest line for its label
            y.setAutoRanging(false);
            y.setLowerBound(0);
            double upper = niceUpper(top * 1.1);
            y.setUpperBound(upper);
            y.setTickUnit(upper / 5);
        }
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        for (Marker marker : markers) {
            double y = getYAxis().getDisplayPosition(marker.value());
            marker.line().setStartX(0);
            marker.line().setEndX(width);
            marker.line().setStartY(y);
            marker.line().setEndY(y);
            marker.line().toFront();
            marker.label().autosize();
            marker.label().relocate(Math.max(0, width - marker.label().getWidth() - 4),
                    y - marker.label().getHeight() - 1);
            marker.label().toFront();
        }
    }

    private static double niceUpper(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
