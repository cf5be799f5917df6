import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's second opinion: loads an extract (referrals.csv, care_contacts.csv, coded_scored_assessments.csv)
 * into DuckDB and computes the outcome summary by treatment mode with SQL written from
 * shared/reference/outcomes.md, independently of Stepline's engine. Benchmark only: run as a source file with the
 * DuckDB JDBC jar on the class path, never part of the application.
 *
 * <pre>java -cp duckdb_jdbc-2.0.0.1.jar bench/DuckDbSummary.java EXTRACT_DIR FROM TO SUMMARY.json PATHWAYS.csv [RUNS]</pre>
 *
 * Writes the summary in the shape of {@code stepline.jar report --summary} and the per-pathway table in the shape of
 * {@code report --pathways}, and prints the load time and the median time of the summary query over RUNS runs.
 * Reading of outcomes.md used here (the same questions Stepline's engine answers):
 * <ul>
 * <li>treatment contact: AttendOrDNACode 5 or 6 and AppType 02, 03 or 05; mode: ConsMechanism, old codes mapped
 * (03→11, 06→09, 08→10); treatment mode: the mode of more than half the treatment contacts, else "mixed";</li>
 * <li>first and last score of a measure: by date, then time (an empty time counts as 00:00); at the same moment the
 * later-recorded row (file order) wins, for the first score as for the last; all of the pathway's scores count,
 * follow-ups included;</li>
 * <li>anxiety measure: GAD-7 (the extract has no disorder-specific measure);</li>
 * <li>not-at-caseness, recovery and reliable change are counted among finished pathways; recovery and reliable
 * change need both measures paired.</li>
 * </ul>
 */
public class DuckDbSummary {

    private static final String PHQ9 = "720433000";
    private static final String GAD7 = "445455005";

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("Usage: DuckDbSummary EXTRACT_DIR FROM TO SUMMARY.json PATHWAYS.csv [RUNS]");
            System.exit(2);
        }
        Path extract = Path.of(args[0]);
        LocalDate from = LocalDate.parse(args[1]);
        LocalDate to = LocalDate.parse(args[2]);
        Path summaryFile = Path.of(args[3]);
        Path pathwaysFile = Path.of(args[4]);
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 5;

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute("set threads to " + Runtime.getRuntime().availableProcessors());
            sql.execute("set preserve_insertion_order = true");
            long started = System.nanoTime();
            load(sql, extract);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            long rows = count(
                    sql,
                    "select (select count(*) from referrals) + (select count(*) from contacts) + (select count(*) from scores)");
            System.out.printf(
                    Locale.UK,
                    "DuckDB: loaded %,d rows in %.1f s (%,.0f rows a second)%n",
                    rows,
                    loadSeconds,
                    rows / loadSeconds);

            sql.execute("create temp view pathway_outcomes as " + pathwayOutcomes(from, to));
            double[] millis = new double[runs];
            Map<String, long[]> summary = null;
            for (int i = 0; i <= runs; i++) {
                long t = System.nanoTime();
                summary = summary(sql);
                if (i > 0) {
                    millis[i - 1] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(millis);
            double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
            System.out.printf(
                    Locale.UK,
                    "DuckDB: summary from %s to %s: median %.1f ms over %d runs (fastest %.1f, slowest %.1f)%n",
                    from,
                    to,
                    median,
                    runs,
                    millis[0],
                    millis[runs - 1]);
            writeSummary(summary, summaryFile);
            writePathways(sql, pathwaysFile);
            System.out.printf(
                    Locale.UK,
                    "DuckDB: %,d pathways ended; summary in %s, pathways in %s%n",
                    summary.get("all")[0],
                    summaryFile,
                    pathwaysFile);
        }
    }

    private static void load(Statement sql, Path extract) throws SQLException {
        String csv = "header = true, all_varchar = true";
        sql.execute("""
                create table referrals as
                select PathwayID as pathway, ReferralRequestReceivedDate::date as received, ServDischDate::date as discharged
                from read_csv('%s', %s)""".formatted(extract.resolve("referrals.csv"), csv));
        sql.execute("""
                create table contacts as
                select PathwayID as pathway, CareContDate::date as day, AppType as app_type, AttendOrDNACode as attendance,
                       case ConsMechanism when '03' then '11' when '06' then '09' when '08' then '10' else ConsMechanism end as mode
                from read_csv('%s', %s)""".formatted(extract.resolve("care_contacts.csv"), csv));
        // rowid keeps the file's order: "on the same date, the later recorded wins"
        sql.execute("""
                create table scores as
                select PathwayID as pathway, CodedAssToolType as tool, PersScore::integer as score,
                       AssToolCompDate::date as day, coalesce(AssToolCompTime, '00:00') as time
                from read_csv('%s', %s)""".formatted(extract.resolve("coded_scored_assessments.csv"), csv));
    }

    /** One row per pathway ended in [from, to], with the per-pathway flags of outcomes.md. */
    static String pathwayOutcomes(LocalDate from, LocalDate to) {
        return """
                with treatment as (
                    select pathway, mode, day from contacts
                    where attendance in ('5', '6') and app_type in ('02', '03', '05')
                ),
                treated as (
                    select pathway, count(*) as contacts, min(day) as first_day from treatment group by pathway
                ),
                by_mode as (
                    select pathway, mode, count(*) as contacts from treatment group by pathway, mode
                ),
                treatment_mode as (
                    select t.pathway, coalesce(max(case when m.contacts * 2 > t.contacts then m.mode end), 'mixed') as mode
                    from treated t join by_mode m on m.pathway = t.pathway group by t.pathway
                ),
                ranked as (
                    select pathway, tool, score,
                           row_number() over (partition by pathway, tool order by day, time, rowid desc) as from_first,
                           row_number() over (partition by pathway, tool order by day desc, time desc, rowid desc) as from_last,
                           count(*) over (partition by pathway, tool) as administrations
                    from scores where tool in ('%1$s', '%2$s')
                ),
                measures as (
                    select pathway,
                           max(score) filter (where tool = '%1$s' and from_first = 1) as phq_first,
                           max(score) filter (where tool = '%1$s' and from_last = 1) as phq_last,
                           max(administrations) filter (where tool = '%1$s') as phq_n,
                           max(score) filter (where tool = '%2$s' and from_first = 1) as gad_first,
                           max(score) filter (where tool = '%2$s' and from_last = 1) as gad_last,
                           max(administrations) filter (where tool = '%2$s') as gad_n
                    from ranked group by pathway
                ),
                ended as (
                    select r.pathway, r.received, coalesce(t.contacts, 0) as contacts, t.first_day, tm.mode,
                           m.phq_first, m.phq_last, coalesce(m.phq_n, 0) >= 2 and coalesce(m.gad_n, 0) >= 2 as paired,
                           m.gad_first, m.gad_last
                    from referrals r
                    left join treated t on t.pathway = r.pathway
                    left join treatment_mode tm on tm.pathway = r.pathway
                    left join measures m on m.pathway = r.pathway
                    where r.discharged between DATE '%3$s' and DATE '%4$s'
                ),
                flags as (
                    select *, contacts >= 2 as finished,
                           coalesce(phq_first >= 10, false) or coalesce(gad_first >= 8, false) as caseness_start,
                           coalesce(phq_first < 10 and gad_first < 8, false) as not_caseness,
                           coalesce(phq_first - phq_last >= 6 or gad_first - gad_last >= 4, false) as fell,
                           coalesce(phq_last - phq_first >= 6 or gad_last - gad_first >= 4, false) as rose
                    from ended
                )
                select pathway, finished, contacts, caseness_start, not_caseness, mode,
                       first_day - received as wait,
                       finished and paired and caseness_start and phq_last < 10 and gad_last < 8 as recovery,
                       finished and paired and fell and not rose as improvement,
                       finished and paired and rose and not fell as deterioration,
                       contacts = 1 as treated_once
                from flags""".formatted(PHQ9, GAD7, from, to);
    }

    private static final List<String> COUNTS = List.of(
            "ended",
            "finished",
            "endedTreatedOnce",
            "notCaseness",
            "recovered",
            "reliablyImproved",
            "reliablyDeteriorated",
            "reliablyRecovered",
            "firstTreatmentWithin6Weeks",
            "firstTreatmentWithin18Weeks");

    /** The counts by treatment mode ("all" for every pathway ended), in the order of {@link #COUNTS}. */
    static Map<String, long[]> summary(Statement sql) throws SQLException {
        var summary = new TreeMap<String, long[]>();
        try (ResultSet rs = sql.executeQuery("""
                select case when grouping(mode) = 1 then 'all' else mode end as grp,
                       count(*),
                       count(*) filter (where finished),
                       count(*) filter (where treated_once),
                       count(*) filter (where finished and not_caseness),
                       count(*) filter (where recovery),
                       count(*) filter (where improvement),
                       count(*) filter (where deterioration),
                       count(*) filter (where recovery and improvement),
                       count(*) filter (where finished and wait <= 42),
                       count(*) filter (where finished and wait <= 126)
                from pathway_outcomes
                group by grouping sets ((), (mode))
                having grouping(mode) = 1 or mode is not null""")) {
            while (rs.next()) {
                long[] counts = new long[COUNTS.size()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = rs.getLong(i + 2);
                }
                summary.put(rs.getString(1), counts);
            }
        }
        summary.putIfAbsent("all", new long[COUNTS.size()]);
        return summary;
    }

    private static void writeSummary(Map<String, long[]> summary, Path file) throws IOException {
        var json = new StringBuilder("{\n  \"all\" : ")
                .append(json(summary.get("all"), "  "))
                .append(",\n  \"byTreatmentMode\" : {");
        var modes = new LinkedHashMap<String, long[]>();
        summary.forEach((mode, counts) -> {
            if (!mode.equals("all") && !mode.equals("mixed")) {
                modes.put(mode, counts);
            }
        });
        if (summary.containsKey("mixed")) {
            modes.put("mixed", summary.get("mixed"));
        }
        String separator = "\n";
        for (var mode : modes.entrySet()) {
            json.append(separator)
                    .append("    \"")
                    .append(mode.getKey())
                    .append("\" : ")
                    .append(json(mode.getValue(), "    "));
            separator = ",\n";
        }
        json.append("\n  }\n}\n");
        Files.writeString(file, json);
    }

    private static String json(long[] c, String indent) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < COUNTS.size(); i++) {
            fields.put(COUNTS.get(i), Long.toString(c[i]));
        }
        long finished = c[1];
        long notCaseness = c[3];
        fields.put("recoveryRate", rate(c[4], finished - notCaseness));
        fields.put("reliableRecoveryRate", rate(c[7], finished - notCaseness));
        fields.put("reliableImprovementRate", rate(c[5], finished));
        fields.put("reliableDeteriorationRate", rate(c[6], finished));
        var out = new StringBuilder("{");
        String separator = "\n";
        for (var field : fields.entrySet()) {
            out.append(separator)
                    .append(indent)
                    .append("  \"")
                    .append(field.getKey())
                    .append("\" : ")
                    .append(field.getValue());
            separator = ",\n";
        }
        return out.append("\n").append(indent).append("}").toString();
    }

    private static String rate(long numerator, long denominator) {
        return denominator <= 0 ? "null" : Double.toString((double) numerator / denominator);
    }

    private static void writePathways(Statement sql, Path file) throws SQLException, IOException {
        try (var out = new PrintWriter(Files.newBufferedWriter(file));
                ResultSet rs = sql.executeQuery("select * from pathway_outcomes order by pathway")) {
            out.println(
                    "PathwayID,CompletedTreatment,TreatmentContacts,CasenessAtStart,NotCaseness,Recovery,"
                            + "ReliableImprovement,ReliableDeterioration,ReliableRecovery,TreatmentMode,FirstTreatmentWaitDays");
            while (rs.next()) {
                boolean recovery = rs.getBoolean("recovery");
                boolean improvement = rs.getBoolean("improvement");
                String mode = rs.getString("mode");
                Object wait = rs.getObject("wait");
                out.println(String.join(
                        ",",
                        rs.getString("pathway"),
                        String.valueOf(rs.getBoolean("finished")),
                        String.valueOf(rs.getLong("contacts")),
                        String.valueOf(rs.getBoolean("caseness_start")),
                        String.valueOf(rs.getBoolean("not_caseness")),
                        String.valueOf(recovery),
                        String.valueOf(improvement),
                        String.valueOf(rs.getBoolean("deterioration")),
                        String.valueOf(recovery && improvement),
                        mode == null ? "" : mode,
                        wait == null ? "" : String.valueOf(((Number) wait).longValue())));
            }
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
