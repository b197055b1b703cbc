package vn.sotay.study.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.study.internal.entity.AnswerEntity;
import vn.sotay.study.internal.entity.AttemptEntity;
import vn.sotay.study.internal.entity.BankEntity;
import vn.sotay.study.internal.entity.ContestEntity;
import vn.sotay.study.internal.entity.ContestQuestionEntity;
import vn.sotay.study.internal.entity.LessonEntity;
import vn.sotay.study.internal.entity.LessonFileEntity;
import vn.sotay.study.internal.entity.ProgrammeEntity;
import vn.sotay.study.internal.entity.ProgressEntity;
import vn.sotay.study.internal.entity.QuestionEntity;

/** The module's unit (tables STUDY_*, kept when the module is uninstalled) and its stores. */
@Component(service = StudyStore.class, immediate = true)
public class StudyStore {
    private final PersistenceUnit unit;
    final BankStore banks;
    final ContestStore contests;
    final AttemptStore attempts;
    final ProgrammeStore programmes;
    final LessonFileStore lessonFiles;

    @Activate
    public StudyStore(@Reference PersistenceService persistence) {
        this(persistence.open(spec()));
    }

    StudyStore(PersistenceUnit unit) {
        this.unit = unit;
        this.banks = new BankStore(unit);
        this.contests = new ContestStore(unit);
        this.attempts = new AttemptStore(unit);
        this.programmes = new ProgrammeStore(unit);
        this.lessonFiles = new LessonFileStore(unit);
    }

    /** The unit: migrations run in order (script i is version i); add V2__*.sql after V1, never edit V1. */
    static UnitSpec spec() {
        return new UnitSpec(StudyModule.ID, StudyStore.class.getClassLoader(),
                List.of(BankEntity.class, QuestionEntity.class, ContestEntity.class, ContestQuestionEntity.class,
                        AttemptEntity.class, AnswerEntity.class, ProgrammeEntity.class, LessonEntity.class,
                        ProgressEntity.class, LessonFileEntity.class),
                List.of("db/study/V1__init.sql", "db/study/V2__programmes.sql", "db/study/V3__edit_versions.sql",
                        "db/study/V4__lesson_files.sql"));
    }

    @Deactivate
    void close() {
        unit.close();
    }
}
