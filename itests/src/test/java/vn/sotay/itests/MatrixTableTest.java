package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The authorisation matrix's table and coverage messages (a plain unit test: no distribution, so
 * a malformed table in docs/security.md fails in seconds, before the integration tests boot).
 */
class MatrixTableTest {
    private static final String HEADER = "| operation | anonymous | member A | member B | secretary A | committee TP "
            + "| committee SH | editor | reviewer | admin | unknown id | notes |";

    private static MatrixTable table(String... rows) {
        List<String> lines = new ArrayList<>(List.of("# x", MatrixTable.BEGIN, HEADER, "|---|---|"));
        lines.addAll(List.of(rows));
        lines.add(MatrixTable.END);
        return MatrixTable.parse(lines, "test");
    }

    @Test
    void theTableInDocsSecurityMdIsWellFormed() {
        MatrixTable t = MatrixTable.read(AuthorizationMatrixIT.TABLE);
        assertEquals(List.of(), t.problems());
        assertTrue(t.rows().size() >= 60, "rows: " + t.rows().size());
        MatrixTable.Row approve = t.rows().get("POST /api/news/articles/{id}/approve");
        assertEquals(Set.of(404), approve.cells().get(MatrixRole.COMMITTEE_TP).out().codes());
        assertEquals(Set.of(200), approve.cells().get(MatrixRole.REVIEWER).in().codes());
        assertTrue(approve.cells().get(MatrixRole.REVIEWER).out().none(), "province-wide: no outside");
        assertEquals(Set.of(404), approve.unknownId().codes());
    }

    @Test
    void cellsReadInOutSingleValuesSetsAndFootnotes() {
        MatrixTable t = table("| `GET /api/x/{id}` | 401 | 200 / 404 | 200\\|304 / 404 | 403[^1] | 200 | 200 / 403 | 200 / - "
                + "| 200 | 200 / - | 404 | note |");
        assertEquals(List.of(), t.problems());
        MatrixTable.Row r = t.rows().get("GET /api/x/{id}");
        assertEquals(Set.of(200, 304), r.cells().get(MatrixRole.MEMBER_B).in().codes());
        assertTrue(r.cells().get(MatrixRole.MEMBER_B).out().accepts(404));
        assertEquals(Set.of(403), r.cells().get(MatrixRole.SECRETARY_A).out().codes(), "one value holds for both sides");
        assertTrue(r.cells().get(MatrixRole.SECRETARY_A).single());
        assertTrue(r.cells().get(MatrixRole.REVIEWER).out().none(), "a province-wide single value: no outside");
        assertEquals("200|304", r.cells().get(MatrixRole.MEMBER_B).in().toString());
    }

    @Test
    void malformedRowsAreReportedWithTheirLine() {
        MatrixTable t = table("| GET /api/x | 401 | 2000 | 200 | 200 | 200 | 200 | 200 / 404 | 200 | 200 | - | |",
                "| FETCH /api/y | 401 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | - | |",
                "| GET /api/z | 401 | 200 / | 200 | 200 | 200 | 200 | 200 | 200 | 200 | - | |",
                "| GET /api/z | 401 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | - | |");
        String all = String.join("\n", t.problems());
        assertTrue(all.contains("line 5, GET /api/x, column «member A»: «2000» is not a status"), all);
        assertTrue(all.contains("line 5, GET /api/x, column «editor»: «200 / 404»: a province-wide role has no outside"), all);
        assertTrue(all.contains("line 6: «FETCH /api/y» is not «METHOD /api/path»"), all);
        assertTrue(all.contains("line 7, GET /api/z, column «member A»: «200 /»: the outside value is missing"), all);
        assertEquals(4, t.problems().size(), all);
        assertTrue(MatrixTable.parse(List.of("# no table"), "f").problems().get(0).contains("no table between"));
    }

    @Test
    void anOperationWithoutARowAndARowWithoutAnOperationAreNamedWithWhatToWrite() {
        ObjectNode doc = Http.object();
        ObjectNode paths = doc.putObject("paths");
        paths.putObject("/api/ping").putObject("get").putArray("security");
        JsonNode param = Http.object().put("name", "id").put("in", "path").put("required", true)
                .set("schema", Http.object().put("type", "integer"));
        paths.putObject("/api/tin-moi/{id}").putObject("delete").putArray("parameters").add(param);
        MatrixTable t = table("| `GET /api/ping` | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | - | public |",
                "| `GET /api/da-go` | 401 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | - | |");
        String msg = MatrixReport.coverage(Api.of(doc), t, "docs/security.md");
        assertTrue(msg.contains("add a row `DELETE /api/tin-moi/{id}` to docs/security.md with the expected status for "
                + "each role: | `DELETE /api/tin-moi/{id}` | 401 | ? | ? | ? | ? | ? | ? | ? | ? | 404 | |"), msg);
        assertTrue(msg.contains("line 6: `GET /api/da-go` is not in /api/openapi.json any more"), msg);
        assertFalse(msg.contains("GET /api/ping"), msg);
    }
}
