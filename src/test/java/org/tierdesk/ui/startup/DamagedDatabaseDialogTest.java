package org.tierdesk.ui.startup;

import org.junit.jupiter.api.Test;

import org.tierdesk.store.FileDamage;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** The damage of a database file in the manager's words: each kind from the bundle, only H2's reason quoted. */
class DamagedDatabaseDialogTest {
    private final Messages russian = new Messages(Language.RUSSIAN);

    @Test
    void everyKindTheStoreKnowsIsSaidInTheManagersLanguage() {
        assertThat(DamagedDatabaseDialog.reasonIn(russian, FileDamage.NOT_A_DATABASE, "it is not an H2 database file"))
                .isEqualTo("это не файл базы данных TierDesk");
        assertThat(DamagedDatabaseDialog.reasonIn(russian, FileDamage.CUT_SHORT,
                "the file ends at 16384 bytes, before its newest data at 204800"))
                .isEqualTo("файл обрезан: в нём нет последних данных");
        assertThat(DamagedDatabaseDialog.reasonIn(russian, FileDamage.HEADER_UNREADABLE, "its header is unreadable"))
                .isEqualTo("не читается его заголовок");
    }

    @Test
    void whatOnlyH2CanSayIsQuotedAndNothingAtAllIsSaidAsUnknown() {
        assertThat(DamagedDatabaseDialog.reasonIn(russian, FileDamage.UNREADABLE, "File corrupted while reading"))
                .isEqualTo("база данных сообщает: File corrupted while reading");
        assertThat(DamagedDatabaseDialog.reasonIn(russian, FileDamage.UNREADABLE, " "))
                .isEqualTo("база данных не может его прочитать");
    }
}
