package vn.sotay.itests;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import vn.sotay.itests.OperationCalls.Builder;
import vn.sotay.itests.OperationCalls.Context;

/**
 * The matrix's and the fuzz test's calls on lesson files of the study module: per side a programme of
 * cell A / cell B (made by the administrator) whose lessons are written by the fixtures' author; an
 * upload or a removal acts on a fresh draft (with one image for the removal), a download on the
 * image of an approved lesson.
 */
final class StudyFileCalls {
    private static final Map<String, long[]> ONCE = new HashMap<>();

    private StudyFileCalls() {
    }

    static void register(BiConsumer<String, Builder> sided) {
        String files = "/api/study/lessons/{id}/files";
        sided.accept("POST " + files, c -> OperationCalls.request().with("id", c.id(() -> draft(c))).query("name=so-do.png")
                .bytes("image/png", TestFiles.png()));
        sided.accept("DELETE " + files + "/{fid}", c -> {
            long[] f = c.probe() ? new long[2] : withImage(c, false);
            return OperationCalls.request().with("id", f[0]).with("fid", f[1]);
        });
        sided.accept("GET " + files + "/{fid}", c -> {
            long[] f = c.probe() ? new long[2] : approved(c);
            return OperationCalls.request().with("id", f[0]).with("fid", f[1]);
        });
    }

    private static long programme(Context c) {
        return once("programme" + c.side(), () -> new long[] {Fixtures.retry(() -> c.fx().http().post("/api/study/programmes",
                c.fx().admin(), StudyCalls.programmeBody(c.fx().cell(c.side()))), 201).longField("id")})[0];
    }

    private static long draft(Context c) {
        long p = programme(c);
        return Fixtures.retry(() -> c.fx().http().post("/api/study/programmes/" + p + "/lessons", c.fx().authorToken(),
                StudyCalls.lessonBody()), 201).longField("id");
    }

    /** A fresh draft of the side's programme with one image: {lesson, file}; approved when asked. */
    private static long[] withImage(Context c, boolean approve) {
        long id = draft(c);
        long file = Fixtures.retry(() -> c.fx().http().exchange("POST", "/api/study/lessons/" + id + "/files?name=anh.png",
                "Bearer " + c.fx().authorToken(), "image/png", TestFiles.png(), Map.of()), 201).longField("id");
        if (approve) {
            Fixtures.retry(() -> c.fx().http().post("/api/study/lessons/" + id + "/submit", c.fx().authorToken(), null), 200);
            Fixtures.retry(() -> c.fx().http().post("/api/study/lessons/" + id + "/approve", c.fx().admin(), null), 200);
        }
        return new long[] {id, file};
    }

    private static long[] approved(Context c) {
        return once("approved" + c.side(), () -> withImage(c, true));
    }

    /** Made once per run; synchronized and reentrant. */
    private static synchronized long[] once(String key, Supplier<long[]> make) {
        long[] v = ONCE.get(key);
        if (v == null) {
            v = make.get();
            ONCE.put(key, v);
        }
        return v;
    }
}
