package vn.sotay.platform.core.internal.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.sotay.api.Caller;
import vn.sotay.api.imports.ImportReport;
import vn.sotay.api.imports.ImportService;

/** {@code sotay:import-org <file.csv>}: imports the organisation tree as the system. */
@Command(scope = "sotay", name = "import-org", description = "Import the organisation tree from a UTF-8 CSV file")
@Service
public class ImportOrgCommand implements Action {
    @Reference
    ImportService imports;

    @Argument(index = 0, name = "file", description = "CSV file: Mã,Tên,Loại,Mã cấp trên", required = true)
    String file;

    @Override
    public Object execute() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            System.out.println(Reports.print(() -> imports.importOrganisations(Caller.SYSTEM, in)));
            return null;
        }
    }

    /** Shared printing of an import outcome or of its row errors. */
    static final class Reports {
        private Reports() {
        }

        static String print(java.util.function.Supplier<ImportReport> run) {
            try {
                ImportReport r = run.get();
                return "created=" + r.created() + " updated=" + r.updated() + " unchanged=" + r.unchanged();
            } catch (vn.sotay.api.ProblemException e) {
                StringBuilder sb = new StringBuilder(e.title()).append(": ").append(e.detail());
                e.errors().forEach(err -> sb.append(System.lineSeparator()).append("  dòng ").append(err.line())
                        .append(", cột ").append(err.field()).append(": ").append(err.message()));
                return sb.toString();
            }
        }
    }
}
