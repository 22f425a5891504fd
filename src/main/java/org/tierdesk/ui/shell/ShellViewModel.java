package org.tierdesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the main window shows: the current screen and the partner the Partner screen is about. It outlives a
 * language switch (the scene is rebuilt, the manager stays where they were).
 */
public final class ShellViewModel {
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.PORTFOLIO);
    private final ObjectProperty<Long> partnerId = new SimpleObjectProperty<>();

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Long> partnerIdProperty() {
        return partnerId;
    }

    public void show(Screen target) {
        screen.set(target);
    }

    public void openPartner(long id) {
        partnerId.set(id);
        screen.set(Screen.PARTNER);
    }

    /** The partner screen without a partner has nothing to show; the portfolio is where one is chosen. */
    public boolean partnerChosen() {
        return partnerId.get() != null;
    }

    public void forgetPartner(long id) {
        if (partnerId.get() != null && partnerId.get() == id) {
            partnerId.set(null);
        }
    }
}
