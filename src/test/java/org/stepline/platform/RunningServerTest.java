package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepline.platform.EmbeddedPostgresServers.RunningServer;

class RunningServerTest {

    @TempDir
    Path dir;

    private Path pidFile(String content) throws IOException {
        return Files.writeString(dir.resolve("postmaster.pid"), content);
    }

    @Test
    void aLiveProcessInThePidFileIsARunningServerOnThePortOfLineFour() throws IOException {
        long live = ProcessHandle.current().pid();
        var pid = pidFile(live + "\n/data/postgres\n1700000000\n54321\n/tmp\nlocalhost\n  123 456\nready   \n");
        assertThat(RunningServer.fromPidFile(pid)).contains(new RunningServer(live, 54321));
    }

    @Test
    void aStaleHalfWrittenOrMissingPidFileIsNoServer() throws IOException {
        assertThat(RunningServer.fromPidFile(dir.resolve("postmaster.pid"))).isEmpty();
        assertThat(RunningServer.fromPidFile(pidFile("99999999\n/data\n1\n54321\n")))
                .isEmpty();
        assertThat(RunningServer.fromPidFile(pidFile(ProcessHandle.current().pid() + "\n/data\n")))
                .isEmpty();
        assertThat(RunningServer.fromPidFile(pidFile("not a pid\n/data\n1\nport\n")))
                .isEmpty();
    }

    @Test
    void theServerThisProcessRunsIsNotAnotherProcesses() {
        // the test database was started by this JVM: it is "ours", never "elsewhere"
        var files = Path.of("target/test-data");
        EmbeddedPostgresServers.obtain(Path.of("target/test-data"), true, "minimal");
        assertThat(EmbeddedPostgresServers.runningElsewhere(files)).isEmpty();
    }
}
