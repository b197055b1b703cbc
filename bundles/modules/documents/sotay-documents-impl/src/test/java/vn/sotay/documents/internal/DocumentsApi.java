package vn.sotay.documents.internal;

import vn.sotay.api.files.FileInspector;
import vn.sotay.testing.Fakes;

/** The documents module's resources over one store, with the core's services faked, for the tests. */
final class DocumentsApi {
    final DocumentActions actions;
    final DocumentsResource reading;
    final DocumentBookmarksResource bookmarks;
    final DocumentWorkflowResource workflow;
    final DocumentAttachmentsResource attachments;
    final DocumentStatsResource stats;

    DocumentsApi(DocumentStore store, AttachmentFiles files, FileInspector inspector) {
        actions = new DocumentActions(store, inspector, new Fakes.Orgs(),
                new Fakes.Auth(), new Fakes.Audit());
        reading = new DocumentsResource(actions);
        bookmarks = new DocumentBookmarksResource(actions);
        workflow = new DocumentWorkflowResource(actions, new Fakes.Review());
        attachments = new DocumentAttachmentsResource(actions, files);
        stats = new DocumentStatsResource(actions);
    }
}
