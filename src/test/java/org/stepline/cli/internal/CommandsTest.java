package org.stepline.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.cli.CommandLine;

/** Options, usage and exit codes; none of these reach a database. */
class CommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Commands(Object.class, new PrintStream(out, true), new PrintStream(err, true)).run(args);
    }

    @Test
    void aCommandThatRunsOutOfMemorySaysSoPlainlyAndHowToGiveItMore() {
        var greedy = new Command() {
            public String name() {
                return "greedy";
            }

            public String usage() {
                return "Usage: greedy";
            }

            public Set<String> options() {
                return Set.of();
            }

            public Action prepare(Invocation invocation) {
                return Action.withoutDatabase(context -> {
                    throw new OutOfMemoryError("Java heap space");
                });
            }
        };
        int code = new Commands(Object.class, new PrintStream(out, true), new PrintStream(err, true))
                .with(greedy)
                .run(new String[] {"greedy"});
        assertThat(code).isEqualTo(Commands.FAILED);
        assertThat(err.toString())
                .contains("Stepline greedy ran out of memory")
                .contains("-Xmx2g")
                .doesNotContain("OutOfMemoryError")
                .doesNotContain("\tat ");
    }

    @Test
    void anyWordIsACommandAndOnlyOptionsStartTheServer() {
        assertThat(CommandLine.isCommand(new String[] {"import", "--dataset", "x"}))
                .isTrue();
        assertThat(CommandLine.isCommand(new String[] {"generate"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"audit", "verify"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"serve"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--stepline.data-dir=x", "import"}))
                .isTrue();
        assertThat(CommandLine.isCommand(new String[] {"account", "unlock", "admin"}))
                .isTrue();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--demo", "--server.port=8081"}))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "frobnicate now|'frobnicate' is not a command.",
                "serve|'serve' is not a command.",
                "--stepline.data-dir=x import|give the command first, before any option or setting ('--stepline.data-dir=x' is first)."
            })
    void anUnknownCommandSaysSoListsTheCommandsAndExitsWithTwo(String args, String reason) {
        assertThat(run(args.split(" "))).isEqualTo(2);
        assertThat(err.toString().lines().toList()).first().isEqualTo("Stepline: " + reason);
        assertThat(err.toString()).contains("Commands: import, export, report, generate");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"import", "export", "report", "generate", "account", "backup", "restore"})
    void helpPrintsPlainUsage(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: java -jar stepline.jar " + command);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "import|--dataset is required",
                "import --dataset|--dataset needs a value",
                "import --dataset /no/such/folder|there is no folder /no/such/folder",
                "export --dataset x --colour red|--colour is not an option of 'export'",
                "export --dataset x --dataset y|--dataset is given twice",
                "export dataset|'dataset' is not an option (options start with --)",
                "report --from 2024-04-01 --to 2024-13-01 --summary s.json|--to must be a date in the form YYYY-MM-DD",
                "report --from 2025-04-01 --to 2024-04-01 --summary s.json|--to is before --from",
                "report --from 2024-04-01 --to 2025-03-31|give --pathways, --summary or both",
                "report --from 2024-04-01 --to 2025-03-31 --summary s.json --timing 0|--timing must be a whole number from 1 to 1000",
                "generate --pathways many --seed 1 --out x|--pathways must be a whole number",
                "generate --pathways 0 --seed 1 --out x|--pathways must be from 1 to 99,999,999",
                "generate --pathways 10 --out x|--seed is required",
                "generate --pathways 10 --seed 1 --out x --stepline.data-dir|give the setting as --stepline.data-dir=VALUE",
                "account|say what to do and to which account: unlock NAME or reset-password NAME",
                "account unlock|say what to do and to which account: unlock NAME or reset-password NAME",
                "account lock jo|'lock' is not something account does: use unlock, reset-password or reset-second-factor",
                "account unlock jo --password-stdin|--password-stdin goes with reset-password only",
                "account unlock jo extra|'extra' is not an option (options start with --)",
                "account reset-password jo --password secret|--password is not an option of 'account'",
                "backup|--to is required",
                "backup --to /etc/passwd|/etc/passwd already exists; give a new file name (a backup never overwrites a file)",
                "restore|--from is required",
                "restore --from /no/such/backup|there is no file /no/such/backup"
            })
    void wrongUsageSaysWhatIsWrongShowsUsageAndExitsWithTwo(String args, String problem) {
        assertThat(run(args.split(" "))).isEqualTo(2);
        String command = args.split(" ")[0];
        assertThat(err.toString())
                .startsWith("Stepline " + command + ": " + problem + ".")
                .contains("Usage: java -jar stepline.jar " + command, "Commands: import, export, report, generate");
    }

    @Test
    void generateNeedsNoDatabase() throws Exception {
        var target = dir.resolve("extract");
        assertThat(run("generate", "--pathways", "50", "--seed", "9", "--out", target.toString()))
                .isZero();
        assertThat(out.toString()).startsWith("Wrote 50 pathways, ");
        assertThat(Files.readAllLines(target.resolve("referrals.csv"))).hasSize(51);
        assertThat(target.resolve("care_contacts.csv")).exists();
        assertThat(target.resolve("coded_scored_assessments.csv")).exists();
    }

    @Test
    void serverSettingsPassThroughAndCommandOptionsDoNot() throws Exception {
        var invocation = Invocation.parse(
                new String[] {
                    "import",
                    "--dataset=d",
                    "--stepline.data-dir=/srv/x",
                    "--source",
                    "s",
                    "--spring.datasource.url=jdbc:postgresql://db/x"
                },
                Set.of("dataset", "source"),
                Set.of());
        assertThat(invocation.options()).isEqualTo(Map.of("dataset", "d", "source", "s"));
        assertThat(invocation.settings())
                .isEqualTo(List.of("--stepline.data-dir=/srv/x", "--spring.datasource.url=jdbc:postgresql://db/x"));
    }
}
