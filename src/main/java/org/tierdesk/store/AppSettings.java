package org.tierdesk.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.tierdesk.store.jooq.Tables.SETTINGS;

/** The manager's preferences kept with the data (language, theme, window size...), as key → text. */
public final class AppSettings {
    private final Workspace workspace;

    AppSettings(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<String> get(String key) {
        return workspace.database().dsl().select(SETTINGS.SETTING_VALUE).from(SETTINGS)
                .where(SETTINGS.SETTING_KEY.eq(key)).fetchOptional(SETTINGS.SETTING_VALUE);
    }

    public void put(String key, String value) {
        workspace.database().inTransaction(cfg -> {
            int updated = cfg.dsl().update(SETTINGS).set(SETTINGS.SETTING_VALUE, value)
                    .where(SETTINGS.SETTING_KEY.eq(key)).execute();
            if (updated == 0) {
                cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, key).set(SETTINGS.SETTING_VALUE, value)
                        .execute();
            }
        });
    }

    public boolean remove(String key) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(SETTINGS).where(SETTINGS.SETTING_KEY.eq(key)).execute() > 0);
    }

    public Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        workspace.database().dsl().selectFrom(SETTINGS).orderBy(SETTINGS.SETTING_KEY)
                .forEach(r -> values.put(r.getSettingKey(), r.getSettingValue()));
        return values;
    }
}
