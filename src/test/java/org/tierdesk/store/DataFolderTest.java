package org.tierdesk.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFolderTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/data/xdg/tierdesk"));
    }

    @Test
    void linuxFallsBackToLocalShareAndIgnoresARelativeXdgDataHome() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.local/share/tierdesk"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.local/share/tierdesk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/users/anna/AppData/Roaming"), "Windows 11", "/users/anna"))
                .isEqualTo(Path.of("/users/anna/AppData/Roaming/TierDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Application Support/TierDesk"));
    }

    @Test
    void explicitDataDirWinsOverTierdeskHomeWhichWinsOverTheOsFolder() {
        Map<String, String> env = Map.of("TIERDESK_HOME", "/srv/tierdesk-home", "XDG_DATA_HOME", "/data/xdg");
        assertThat(DataFolder.resolve("/tmp/explicit", env, "Linux", "/home/anna"))
                .isEqualTo(Path.of("/tmp/explicit"));
        assertThat(DataFolder.resolve(null, env, "Linux", "/home/anna"))
                .isEqualTo(Path.of("/srv/tierdesk-home"));
        assertThat(DataFolder.resolve("  ", env, "Linux", "/home/anna"))
                .isEqualTo(Path.of("/srv/tierdesk-home"));
    }
}
