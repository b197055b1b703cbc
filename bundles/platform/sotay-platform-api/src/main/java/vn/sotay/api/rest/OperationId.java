package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name of a resource method in {@code GET /api/openapi.json} ({@code operationId}): what
 * generated clients call the method ({@code listNotices}, {@code getArticle}, {@code acknowledgeNotice}).
 *
 * <p>Rules: lower camel case, a verb first ({@code list}, {@code get}, {@code create}, {@code update},
 * {@code delete}, or the action: {@code approveDocument}), the object named so that the id is unique
 * across every module the platform may run (name the module's object: {@code listDocumentBookmarks},
 * not {@code listBookmarks}). Never rename a published id: clients are generated from it.
 *
 * <p>A method without it is documented as {@code <module><Method>} ({@code documentsList}), which
 * works but reads badly; the platform logs a warning for it, and a duplicate id is published
 * with a numeric suffix and logged as an error.
 *
 * @since 1.2
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OperationId {
    /** Lower camel case, unique across the platform. */
    String value();
}
