-- News module, schema version 2: an optional cover image per article.
-- COVER_IMAGE_ID is the SHA-256 of an image in NEWS_IMAGE (checked by the module on save, no foreign key:
-- images are content-addressed and never deleted).
ALTER TABLE NEWS_ARTICLE ADD COLUMN COVER_IMAGE_ID VARCHAR(64);
