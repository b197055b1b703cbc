-- News module, schema version 3: which article shows which image (its cover and every <img> of its body),
-- rewritten by the module in the transaction of every saved change. An image is served without a signed URL
-- only to its uploader or to a caller who may read one of these articles. Rows of articles saved before this
-- script are filled by the module at its next start (NewsStore: the table is empty then).
CREATE TABLE NEWS_IMAGE_USE (
  ARTICLE_ID BIGINT NOT NULL,
  IMAGE_ID VARCHAR(64) NOT NULL,
  CONSTRAINT NEWS_IMAGE_USE_PK PRIMARY KEY (ARTICLE_ID, IMAGE_ID),
  CONSTRAINT NEWS_IMAGE_USE_ARTICLE FOREIGN KEY (ARTICLE_ID) REFERENCES NEWS_ARTICLE (ID)
);
CREATE INDEX NEWS_IMAGE_USE_IMAGE ON NEWS_IMAGE_USE (IMAGE_ID);
