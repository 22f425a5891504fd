package org.tierdesk.ui;

import java.util.List;

/** What the GUI takes on its command line: {@code --data-dir DIR} (or {@code --data-dir=DIR}). */
public record StartupArguments(String dataDir) {

    public static StartupArguments parse(List<String> arguments) {
        String dataDir = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir") && i + 1 < arguments.size()) {
                dataDir = arguments.get(++i);
            } else if (argument.startsWith("--data-dir=")) {
                dataDir = argument.substring("--data-dir=".length());
            }
        }
        return new StartupArguments(dataDir);
    }
}
