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
import vn.sotay.api.imports.ImportService;

/** {@code sotay:import-members <file.csv>}: imports the member list as the system. */
@Command(scope = "sotay", name = "import-members", description = "Import party members from a UTF-8 CSV file")
@Service
public class ImportMembersCommand implements Action {
    @Reference
    ImportService imports;

    @Argument(index = 0, name = "file", description = "CSV file with the member columns (docs/configuration.md)", required = true)
    String file;

    @Override
    public Object execute() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            System.out.println(ImportOrgCommand.Reports.print(() -> imports.importMembers(Caller.SYSTEM, in)));
            return null;
        }
    }
}
