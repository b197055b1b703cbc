package vn.sotay.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database really stores, for assertions no API can make (a secret ballot's box holds no
 * voter). Stops the distribution, opens its embedded Derby files ({@code data/sotay-db}) in this JVM,
 * runs the queries, shuts Derby down and starts the distribution again (about one restart's time:
 * group the queries of a test in one call).
 */
final class Tables {
    private Tables() {
    }

    /** The rows of each query (column name, upper case → value), in the order given. */
    static List<List<Map<String, Object>>> query(String... sql) {
        Distribution d = Distribution.get();
        String url = "jdbc:derby:" + d.home().resolve("data/sotay-db").toAbsolutePath();
        return d.whileStopped(() -> {
            List<List<Map<String, Object>>> out = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url)) {
                for (String q : sql) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    try (ResultSet rs = c.createStatement().executeQuery(q)) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                row.put(md.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), rs.getObject(i));
                            }
                            rows.add(row);
                        }
                    }
                    out.add(rows);
                }
            } finally {
                try {
                    DriverManager.getConnection(url + ";shutdown=true").close();
                } catch (SQLException expected) {
                    // Derby reports a clean shutdown as an exception (SQLState 08006)
                }
            }
            return out;
        });
    }

    /** The column names of a table (upper case), from the database's own catalogue. */
    static List<String> columns(String table) {
        List<Map<String, Object>> rows = query("SELECT c.COLUMNNAME FROM SYS.SYSCOLUMNS c, SYS.SYSTABLES t "
                + "WHERE c.REFERENCEID = t.TABLEID AND t.TABLENAME = '" + table.replace("'", "") + "' ORDER BY c.COLUMNNUMBER").get(0);
        return rows.stream().map(r -> String.valueOf(r.get("COLUMNNAME"))).toList();
    }
}
