package vn.sotay.search.lucene.internal.shell;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.sotay.api.search.SearchService;

/** {@code sotay:reindex [type...]}: rebuilds the search index from the installed modules' contributors. */
@Command(scope = "sotay", name = "reindex", description = "Rebuild the search index from the installed modules")
@Service
public class ReindexCommand implements Action {

    @Reference
    private SearchService search;

    @Argument(name = "type", multiValued = true, description = "Content types to rebuild (default: every installed one)")
    private List<String> types;

    @Override
    public Object execute() {
        int n = search.reindex(types == null || types.isEmpty() ? null : Set.copyOf(types));
        System.out.println("Đã lập chỉ mục lại " + n + " tài liệu.");
        return null;
    }
}
