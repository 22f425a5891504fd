package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import javafx.css.CssParser;

import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses without an error: JavaFX only logs a broken rule (and may drop the rules after it),
 * so a missing brace would otherwise change the look of screens without any test noticing.
 */
class StylesheetTest {
    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        URL css = Theme.class.getResource("tierdesk.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }
}
