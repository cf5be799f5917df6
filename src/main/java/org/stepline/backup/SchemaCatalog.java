package org.stepline.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What PostgreSQL's catalogue says about the schema's tables, read on the owner's connection. */
final class SchemaCatalog {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Connection connection;

    SchemaCatalog(Connection connection) {
        this.connection = connection;
    }

    /** A table, and the live table it inherits from when a bulk import made it (else null). */
    record Table(String name, @Nullable String parent) {}

    /** Every table of the schema but those left out, parents before the tables whose foreign keys point at them. */
    List<Table> tablesInLoadingOrder(Set<String> leftOut) throws SQLException {
        var tables = new TreeMap<String, Table>();
        for (var row : rows("""
                select c.relname, p.relname from pg_class c
                left join pg_inherits i on i.inhrelid = c.oid left join pg_class p on p.oid = i.inhparent
                where c.relnamespace = to_regnamespace(current_schema()) and c.relkind = 'r'""")) {
            if (!leftOut.contains(row[0])) {
                tables.put(row[0], new Table(identifier(row[0]), row[1] == null ? null : identifier(row[1])));
            }
        }
        var references = new TreeMap<String, Set<String>>();
        for (var row : rows("""
                select c.relname, p.relname from pg_constraint k
                join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
                where k.contype = 'f' and k.connamespace = to_regnamespace(current_schema())""")) {
            if (!row[0].equals(row[1])) { // a table referring to itself is checked at the end of its COPY
                references.computeIfAbsent(row[0], t -> new TreeSet<>()).add(row[1]);
            }
        }
        tables.values().stream()
                .filter(t -> t.parent() != null)
                .forEach(t -> references
                        .computeIfAbsent(t.name(), n -> new TreeSet<>())
                        .add(t.parent()));
        return inDependencyOrder(tables, references);
    }

    /** Kahn's algorithm, taking names alphabetically among those ready, so that the order is the same every time. */
    private static List<Table> inDependencyOrder(Map<String, Table> tables, Map<String, Set<String>> references) {
        var waitingFor = new LinkedHashMap<String, Set<String>>();
        tables.keySet().forEach(name -> {
            var parents = new TreeSet<>(references.getOrDefault(name, Set.of()));
            parents.retainAll(tables.keySet());
            waitingFor.put(name, parents);
        });
        var ordered = new ArrayList<Table>();
        var ready = new ArrayDeque<String>();
        waitingFor.forEach((name, parents) -> {
            if (parents.isEmpty()) {
                ready.add(name);
            }
        });
        var placed = new LinkedHashSet<String>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            placed.add(name);
            ordered.add(tables.get(name));
            var next = new TreeSet<String>();
            waitingFor.forEach((other, parents) -> {
                if (parents.remove(name) && parents.isEmpty() && !placed.contains(other)) {
                    next.add(other);
                }
            });
            ready.addAll(next);
        }
        if (ordered.size() < tables.size()) {
            var stuck = new TreeSet<>(tables.keySet());
            stuck.removeAll(placed);
            throw new IllegalStateException(
                    "The tables " + stuck + " refer to each other in a circle: there is no " + "order to load them in");
        }
        return ordered;
    }

    /** The definitions of a table's own indexes, to build again on a restored table that inherits. */
    List<String> indexes(String table) throws SQLException {
        var definitions = new ArrayList<String>();
        try (var s = connection.prepareStatement("""
                select pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))
                order by i.indexrelid""")) {
            s.setString(1, table);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                }
            }
        }
        return definitions;
    }

    /** Every sequence of the schema that has been used, with its last value. */
    Map<String, Long> sequences() throws SQLException {
        var sequences = new TreeMap<String, Long>();
        for (var row : rows("""
                select sequencename, last_value::text from pg_sequences
                where schemaname = current_schema() and last_value is not null""")) {
            sequences.put(identifier(row[0]), Long.parseLong(row[1]));
        }
        return sequences;
    }

    /** The names of the schema's tables (empty for a database no Stepline has used yet). */
    Set<String> tableNames() throws SQLException {
        var names = new TreeSet<String>();
        for (var row : rows("select relname from pg_class where relnamespace = to_regnamespace(current_schema()) "
                + "and relkind in ('r', 'p')")) {
            names.add(row[0]);
        }
        return names;
    }

    String serverVersion() throws SQLException {
        return rows("show server_version").getFirst()[0];
    }

    /** A table name fit to be written into SQL unquoted: Stepline's tables are all plain lower-case words. */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalStateException("'" + name + "' is not a table name a backup can hold");
        }
        return name;
    }

    private List<@Nullable String[]> rows(String sql) throws SQLException {
        var rows = new ArrayList<@Nullable String[]>();
        try (var s = connection.createStatement();
                var rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
