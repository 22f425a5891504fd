package org.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @Test
    void theRecordingChildGetsTheLaunchersOptionsWithoutTheCacheOnesNorThoseFromTheEnvironment() {
        List<String> input = List.of("-Duser.home=/tmp/u", "-Xlog:class+load", "-Djpackage.app-version=0.1.0",
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:AOTCache=/h/.cache/t.aot",
                "-Dtierdesk.aotCache=/h/.cache/t.aot", "-Xlog:aot=off", "-Djava.class.path=/a.jar");

        assertThat(AotCache.childOptions(input, " -Duser.home=/tmp/u  -Xlog:class+load "))
                .containsExactly("-Djpackage.app-version=0.1.0", "--enable-native-access=ALL-UNNAMED",
                        "-XX:+UseSerialGC", "-Dtierdesk.aotCache=/h/.cache/t.aot", "-Xlog:aot=off");
    }

    @Test
    void optionsThatMerelyLookLikeTheEnvironmentsStay() {
        List<String> input = List.of("-Xmx1g", "-XX:AOTMode=auto", "-XX:AOTCacheOutput=/x.aot");

        assertThat(AotCache.childOptions(input, "-Xmx2g")).containsExactly("-Xmx1g");
        assertThat(AotCache.childOptions(input, null)).containsExactly("-Xmx1g");
    }

    @Test
    void withoutTheLaunchersPropertyNothingIsRecorded() {
        // the tests' JVM has no tierdesk.aotCache: recordIfNeeded returns at once and starts no child
        System.clearProperty(AotCache.PROPERTY);
        AotCache.recordIfNeeded(new String[0]);
    }

    @Test
    void aCacheIsCurrentOnlyWithTheStampOfThisJvmAndClassPath(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("tierdesk-1.0.aot");
        assertThat(AotCache.isCurrent(cache)).isFalse();

        Files.write(cache, new byte[] {1});
        assertThat(AotCache.isCurrent(cache)).as("no stamp yet").isFalse();

        AotCache.writeStamp(cache);
        assertThat(AotCache.isCurrent(cache)).isTrue();

        Path stamp = dir.resolve("tierdesk-1.0.aot.stamp");
        Files.writeString(stamp, Files.readString(stamp).replace(System.getProperty("java.vm.version"), "24+1"));
        assertThat(AotCache.isCurrent(cache)).as("made by another JVM").isFalse();
    }
}
