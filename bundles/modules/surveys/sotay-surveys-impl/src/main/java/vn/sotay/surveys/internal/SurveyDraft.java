package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.surveys.internal.Survey.Question;

/** A checked survey request ({@link SurveyValidation}): what the store writes. */
record SurveyDraft(String title, String description, long orgId, boolean anonymous, boolean resultsPublic,
        Instant openAt, Instant closeAt, List<Question> questions) {
}
