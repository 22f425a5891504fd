package org.tierdesk.store.instance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceGuardTest {

    @Test
    void aSecondStartOnTheSameFolderIsToldTierDeskIsAlreadyRunning(@TempDir Path dir) {
        try (InstanceGuard first = InstanceGuard.acquire(dir, () -> { })) {
            assertThatThrownBy(() -> InstanceGuard.acquire(dir, () -> { }))
                    .isInstanceOf(AlreadyRunningException.class)
                    .hasMessageContaining("TierDesk is already running on this data folder");
        }
    }

    @Test
    void theSecondStartBringsTheFirstWindowToTheFront(@TempDir Path dir) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceGuard first = InstanceGuard.acquire(dir, shown::countDown)) {
            AlreadyRunningException refused = catchRefusal(dir);
            assertThat(refused.bringOtherToFront()).isTrue();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aCallerWithoutTheTokenCannotPokeTheWindow(@TempDir Path dir) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceGuard first = InstanceGuard.acquire(dir, shown::countDown)) {
            java.nio.file.Files.writeString(dir.resolve("tierdesk.port.copy"),
                    java.nio.file.Files.readString(dir.resolve(InstanceGuard.PORT_FILE)));
            String port = java.nio.file.Files.readString(dir.resolve(InstanceGuard.PORT_FILE)).split(" ")[0];
            try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                    Integer.parseInt(port))) {
                socket.getOutputStream().write("show wrong-token\n".getBytes());
            }
            assertThat(shown.await(500, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void theFolderIsFreeAgainOnceTheFirstInstanceCloses(@TempDir Path dir) {
        InstanceGuard.acquire(dir, () -> { }).close();
        try (InstanceGuard again = InstanceGuard.acquire(dir, () -> { })) {
            assertThat(again.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    @Test
    void anotherProcessIsRefusedAndBringsThisOneForward(@TempDir Path dir) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceGuard first = InstanceGuard.acquire(dir, shown::countDown)) {
            Process other = childJvm(SecondStart.class, dir.toString()).start();
            String output = new String(other.getInputStream().readAllBytes());
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(output).contains("TierDesk is already running on this data folder").contains("shown=true");
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aKilledInstanceLeavesNoStaleLock(@TempDir Path dir) throws Exception {
        Process holder = childJvm(Holder.class, dir.toString()).start();
        try {
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))
                    .readLine();
            assertThat(ready).isEqualTo("holding");
            assertThatThrownBy(() -> InstanceGuard.acquire(dir, () -> { }))
                    .isInstanceOf(AlreadyRunningException.class);
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (InstanceGuard after = InstanceGuard.acquire(dir, () -> { })) {
            assertThat(after.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    private static AlreadyRunningException catchRefusal(Path dir) {
        try {
            InstanceGuard.acquire(dir, () -> { }).close();
            throw new AssertionError("the second acquire succeeded");
        } catch (AlreadyRunningException e) {
            return e;
        }
    }

    private static ProcessBuilder childJvm(Class<?> main, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** A second start in another JVM: reports the refusal and whether the first instance was reached. */
    public static final class SecondStart {
        public static void main(String[] args) {
            try (InstanceGuard guard = InstanceGuard.acquire(Path.of(args[0]), () -> { })) {
                System.out.println("acquired");
            } catch (AlreadyRunningException e) {
                System.out.println(e.getMessage() + " shown=" + e.bringOtherToFront());
            }
        }
    }

    /** Holds the folder until killed. */
    public static final class Holder {
        public static void main(String[] args) throws InterruptedException {
            InstanceGuard.acquire(Path.of(args[0]), () -> { });
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
