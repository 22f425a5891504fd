package org.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

/**
 * The shipped logback.xml only runs outside the tests (they use logback-test.xml), so a broken one would go
 * unnoticed until logback dumps its parse errors on standard output, in the middle of `evaluate --format json`.
 */
class LoggingConfigurationTest {

    @Test
    void shippedLoggingConfigurationLoadsWithoutErrorsOrWarnings() throws Exception {
        URL config = getClass().getClassLoader().getResource("logback.xml");
        assertThat(config).as("logback.xml on the class path").isNotNull();
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);

        configurator.doConfigure(config);

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(status -> status.getLevel() >= Status.WARN)
                .extracting(Status::getMessage)
                .isEmpty();
        assertThat(context.getLogger("org.tierdesk.lifecycle").isInfoEnabled()).isTrue();
        context.stop();
    }
}
