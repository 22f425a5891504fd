package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tierdesk.ui.Formats;

/**
 * The control of one {@link Lever}: a slider with an amount field for money, a spinner for counts, a check box for
 * yes/no. Each follows its lever both ways, so a reopened plan or an applied proposal moves the controls.
 */
final class LeverControl {
    private static final int SLIDER_STEPS = 200;
    private static final double SPINNER_WIDTH = 118;

    private LeverControl() {
    }

    static Node of(Lever lever, Formats formats) {
        if (lever.kind().isFlag()) {
            CheckBox box = new CheckBox(lever.label());
            box.setId(lever.id());
            box.setWrapText(true);
            box.setSelected(lever.value().signum() > 0);
            box.selectedProperty().addListener((obs, old, on) -> lever.valueProperty()
                    .set(on ? BigDecimal.ONE : BigDecimal.ZERO));
            lever.valueProperty().addListener((obs, old, v) -> box.setSelected(v != null && v.signum() > 0));
            return box;
        }
        Label label = new Label(lever.label());
        label.setWrapText(true);
        label.getStyleClass().add("lever-label");
        if (lever.kind().isMoney()) {
            return money(lever, label, formats);
        }
        Spinner<Integer> spinner = new Spinner<>(0, Math.max(1, lever.max().intValue()), lever.value().intValue());
        spinner.setId(lever.id());
        spinner.setEditable(true);
        // the number and both arrows stay whole however long the label beside it is
        spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        spinner.getEditor().setPrefColumnCount(3);
        spinner.setPrefWidth(SPINNER_WIDTH);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.valueProperty().addListener((obs, old, n) -> lever.valueProperty()
                .set(BigDecimal.valueOf(n == null ? 0 : n)));
        lever.valueProperty().addListener((obs, old, v) -> {
            int n = v == null ? 0 : v.intValue();
            if (spinner.getValue() == null || spinner.getValue() != n) {
                spinner.getValueFactory().setValue(Math.min(n, Math.max(1, lever.max().intValue())));
            }
        });
        HBox row = new HBox(8, label, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        return row;
    }

    /** A slider in round steps of the lever's range, and a field that takes any exact amount. */
    private static Node money(Lever lever, Label label, Formats formats) {
        BigDecimal step = roundStep(lever.max());
        Slider slider = new Slider(0, lever.max().doubleValue(), lever.value().doubleValue());
        slider.setId(lever.id());
        slider.setBlockIncrement(step.doubleValue());
        slider.setMajorTickUnit(step.doubleValue());
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(false);
        TextField field = new TextField(formats.number(lever.value()));
        field.setId(lever.id() + "-field");
        field.setPrefColumnCount(9);
        field.setMinWidth(Region.USE_PREF_SIZE);
        boolean[] echo = {false};
        slider.valueProperty().addListener((obs, old, v) -> {
            if (echo[0]) {
                return;
            }
            BigDecimal amount = BigDecimal.valueOf(v.doubleValue()).divide(step, 0, RoundingMode.HALF_UP)
                    .multiply(step);
            lever.valueProperty().set(amount);
        });
        Runnable commit = () -> formats.parseDecimal(field.getText())
                .filter(a -> a.signum() >= 0)
                .ifPresentOrElse(a -> lever.valueProperty().set(a),
                        () -> field.setText(formats.number(lever.value())));
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        lever.valueProperty().addListener((obs, old, v) -> {
            BigDecimal amount = v == null ? BigDecimal.ZERO : v;
            echo[0] = true;
            try {
                slider.setValue(Math.min(amount.doubleValue(), slider.getMax()));
            } finally {
                echo[0] = false;
            }
            field.setText(formats.number(amount));
        });
        HBox controls = new HBox(8, slider, field);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return new VBox(4, label, controls);
    }

    /** A 1-2-5 step near a two-hundredth of the range: 1,000,000 moves by 5,000. */
    static BigDecimal roundStep(BigDecimal max) {
        double raw = Math.max(1, max.doubleValue() / SLIDER_STEPS);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] steps = {1, 2, 5, 10};
        for (double s : steps) {
            if (s * magnitude >= raw) {
                return BigDecimal.valueOf(s * magnitude).setScale(0, RoundingMode.HALF_UP);
            }
        }
        return BigDecimal.valueOf(10 * magnitude).setScale(0, RoundingMode.HALF_UP);
    }
}
