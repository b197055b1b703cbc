package vn.sotay.files.internal.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;

/** {@code sotay:inspect-file <path> [kinds...]}: what the platform makes of a file, or why it refuses it. */
@Command(scope = "sotay", name = "inspect-file", description = "Check a file as an upload would be checked: kind, size, pages, SHA-256, text")
@Service
public class InspectFileCommand implements Action {

    @Reference
    private FileInspector inspector;

    @Argument(index = 0, name = "path", required = true, description = "The file to inspect")
    @Completion(FileCompleter.class)
    private String path;

    @Argument(index = 1, name = "kinds", multiValued = true,
            description = "Kinds accepted: pdf, docx, png, jpeg, gif, webp (default: all)")
    private List<String> kinds;

    @Option(name = "-m", aliases = "--max-mb", description = "Largest size accepted, in MB (default 20)")
    private long maxMb = 20;

    @Option(name = "-n", aliases = "--name", description = "File name the upload would carry (default: the path's)")
    private String name;

    @Override
    public Object execute() {
        Path file = Paths.get(path).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            System.out.println("Không tìm thấy tệp " + file);
            return null;
        }
        Set<FileKind> accepted = EnumSet.noneOf(FileKind.class);
        for (String k : kinds == null || kinds.isEmpty() ? List.of("pdf", "docx", "png", "jpeg", "gif", "webp") : kinds) {
            for (String one : k.split(",")) {
                String n = one.strip().toUpperCase(Locale.ROOT);
                if (n.isEmpty()) {
                    continue;
                }
                try {
                    accepted.add(n.equals("JPG") ? FileKind.JPEG : FileKind.valueOf(n));
                } catch (IllegalArgumentException e) {
                    System.out.println("Loại tệp không rõ: " + one + " (dùng pdf, docx, png, jpeg, gif, webp)");
                    return null;
                }
            }
        }
        String fileName = name != null ? name : file.getFileName().toString();
        long start = System.nanoTime();
        try {
            InspectedFile f = inspector.inspect(fileName, file, accepted, maxMb * 1024 * 1024);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Loại:       " + f.kind() + " (" + f.kind().mediaType() + ")");
            System.out.println("Kích thước: " + f.size() + " byte");
            if (f.kind().image()) {
                System.out.println("Kích thước ảnh: " + f.width() + " × " + f.height() + " điểm ảnh");
            } else {
                System.out.println("Số trang:   " + f.pages());
            }
            System.out.println("SHA-256:    " + f.sha256());
            System.out.println("Văn bản:    " + f.text().length() + " ký tự, đọc trong " + ms + " ms");
            if (!f.text().isEmpty()) {
                String t = f.text();
                System.out.println(t.length() <= 300 ? t : t.substring(0, t.offsetByCodePoints(0, Math.min(300,
                        t.codePointCount(0, t.length())))) + "…");
            }
        } catch (ProblemException e) {
            System.out.println("Bị từ chối (" + e.status() + " " + e.title() + "): " + e.detail());
        }
        return null;
    }
}
