package org.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
