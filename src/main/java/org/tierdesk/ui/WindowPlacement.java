package org.tierdesk.ui;

import java.util.Optional;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    String format() {
        return x + ";" + y + ";" + width + ";" + height + ";" + maximized;
    }

    static Optional<WindowPlacement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(";");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement placement = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return placement.width() >= 400 && placement.height() >= 300 ? Optional.of(placement) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
